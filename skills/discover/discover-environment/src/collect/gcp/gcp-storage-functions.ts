/** Cloud Storage buckets (public when their IAM policy grants anyone) and Cloud Functions with the service accounts they run as. */
import { asObject, asString, path } from '#shared/json/index.ts'
import type { Collection } from '../collection.ts'
import { grantsPublicAccess } from './gcp-iam.ts'
import type { GoogleRest } from './gcp-rest.ts'

export async function collectStorage(
  rest: GoogleRest,
  project: string,
  collection: Collection,
): Promise<void> {
  const call = (operation: string, permission: string) => ({
    service: 'Cloud Storage',
    operation,
    permission,
  })
  const buckets = await collection.read(call('buckets.list', 'storage.buckets.list'), () =>
    rest.list(rest.url('storage', `/storage/v1/b?project=${encodeURIComponent(project)}`), 'items'),
  )
  for (const bucket of buckets ?? []) {
    const name = asString(asObject(bucket)?.name)
    if (name === undefined) continue
    const policy = await collection.read(call('buckets.getIamPolicy', 'storage.buckets.getIamPolicy'), () =>
      rest.get(rest.url('storage', `/storage/v1/b/${encodeURIComponent(name)}/iam`)),
    )
    collection.add({
      uid: `//storage.googleapis.com/${name}`,
      type: 'bucket',
      name,
      region: asString(asObject(bucket)?.location)?.toLowerCase(),
      public: policy === undefined ? undefined : grantsPublicAccess(policy),
    })
  }
}

export async function collectFunctions(
  rest: GoogleRest,
  project: string,
  collection: Collection,
): Promise<void> {
  const functions = await collection.read(
    {
      service: 'Cloud Functions',
      operation: 'projects.locations.functions.list',
      permission: 'cloudfunctions.functions.list',
    },
    () => rest.list(rest.url('functions', `/v2/projects/${project}/locations/-/functions`), 'functions'),
  )
  for (const fn of functions ?? []) {
    const name = asString(asObject(fn)?.name)
    if (name === undefined) continue
    collection.add({ uid: name, type: 'function', name: name.split('/').pop(), region: name.split('/')[3] })
    const account = asString(path(fn, 'serviceConfig', 'serviceAccountEmail'))
    if (account !== undefined) collection.relate(name, 'assumes', account)
  }
}

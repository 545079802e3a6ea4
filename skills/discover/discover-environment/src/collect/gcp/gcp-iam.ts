/**
 * IAM of one project: service accounts and their user-managed keys, and the project's IAM policy as
 * principals holding roles. allUsers and allAuthenticatedUsers are anyone; a service account of another
 * project is outside this one.
 */
import { asArray, asObject, asString, asStrings } from '#shared/json/index.ts'
import type { Collection } from '../collection.ts'
import type { GoogleRest } from './gcp-rest.ts'

const PUBLIC_MEMBERS: ReadonlySet<string> = new Set(['allUsers', 'allAuthenticatedUsers'])

/** `name@project.iam.gserviceaccount.com` belongs to `project`; Google-managed agents name no project. */
function projectOfServiceAccount(email: string): string | undefined {
  return /@([a-z0-9-]+)\.iam\.gserviceaccount\.com$/.exec(email)?.[1]
}

/** The principal a binding member names, added to the collection if it is not there; its uid. */
function principalOf(member: string, collection: Collection): string {
  if (member.startsWith('serviceAccount:')) {
    const email = member.slice('serviceAccount:'.length)
    if (!collection.has(email)) {
      collection.add({
        uid: email,
        type: 'service-account',
        name: email,
        account: projectOfServiceAccount(email),
      })
    }
    return email
  }
  if (!collection.has(member)) {
    collection.add({
      uid: member,
      type: 'principal',
      name: member,
      external: PUBLIC_MEMBERS.has(member) || undefined,
    })
  }
  return member
}

export async function collectGcpIam(
  rest: GoogleRest,
  project: string,
  collection: Collection,
): Promise<void> {
  const call = (operation: string, permission: string) => ({
    service: 'Google Cloud IAM',
    operation,
    permission,
  })
  const accounts = await collection.read(
    call('projects.serviceAccounts.list', 'iam.serviceAccounts.list'),
    () => rest.list(rest.url('iam', `/v1/projects/${project}/serviceAccounts`), 'accounts'),
  )
  for (const account of accounts ?? []) {
    const email = asString(asObject(account)?.email)
    if (email === undefined) continue
    collection.add({
      uid: email,
      type: 'service-account',
      name: asString(asObject(account)?.displayName) || email,
      account: projectOfServiceAccount(email) ?? project,
    })
    await collection.read(
      call('projects.serviceAccounts.keys.list', 'iam.serviceAccountKeys.list'),
      async () => {
        const url = rest.url(
          'iam',
          `/v1/projects/${project}/serviceAccounts/${encodeURIComponent(email)}/keys?keyTypes=USER_MANAGED`,
        )
        for (const key of asArray((await rest.get(url)).keys) ?? []) {
          const name = asString(asObject(key)?.name)
          if (name === undefined) continue
          const disabled = asObject(key)?.disabled === true
          collection.add({
            uid: name,
            type: 'access-key',
            name: name.split('/').pop(),
            status: disabled ? 'inactive' : 'active',
          })
          collection.relate(email, 'has', name)
        }
      },
    )
  }
  const resourceManager = {
    service: 'Cloud Resource Manager',
    operation: 'projects.getIamPolicy',
    permission: 'resourcemanager.projects.getIamPolicy',
  }
  const policy = await collection.read(resourceManager, () =>
    rest.post(rest.url('resourceManager', `/v1/projects/${project}:getIamPolicy`), {
      options: { requestedPolicyVersion: 3 },
    }),
  )
  for (const binding of asArray(policy?.bindings) ?? []) {
    const role = asString(asObject(binding)?.role)
    if (role === undefined) continue
    collection.add({ uid: role, type: 'role', name: role })
    for (const member of asStrings(asObject(binding)?.members))
      collection.relate(principalOf(member, collection), 'holds', role)
  }
}

/** Whether an IAM policy grants anything to anyone (allUsers or allAuthenticatedUsers). */
export function grantsPublicAccess(policy: Record<string, unknown>): boolean {
  return (asArray(policy.bindings) ?? []).some((binding) =>
    asStrings(asObject(binding)?.members).some((member) => PUBLIC_MEMBERS.has(member)),
  )
}

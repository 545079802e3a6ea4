/**
 * A read-only inventory of one Google Cloud project: IAM (service accounts, keys, the project policy),
 * Cloud Storage, Compute Engine networks, firewalls and instances, and Cloud Functions. A call that fails
 * is recorded against its permission and the rest goes on; missing credentials end the run.
 */
import type { CollectedEnvironment } from '../../environment.ts'
import { Collection } from '../collection.ts'
import { collectCompute } from './gcp-compute.ts'
import { collectGcpIam } from './gcp-iam.ts'
import { GCP_CREDENTIALS_HINT, GoogleRest } from './gcp-rest.ts'
import { collectFunctions, collectStorage } from './gcp-storage-functions.ts'

export interface GcpSettings {
  readonly project: string
  readonly endpoint?: string
}

export async function collectGcp(
  settings: GcpSettings,
  progress: (step: string) => void,
): Promise<{ environment: CollectedEnvironment; errors: Readonly<Record<string, string>> }> {
  const rest = await GoogleRest.create(settings.endpoint)
  const collection = new Collection(GCP_CREDENTIALS_HINT)
  progress('IAM service accounts, keys and policy')
  await collectGcpIam(rest, settings.project, collection)
  progress('Cloud Storage buckets')
  await collectStorage(rest, settings.project, collection)
  progress('Compute Engine networks, firewalls and instances')
  await collectCompute(rest, settings.project, collection)
  progress('Cloud Functions')
  await collectFunctions(rest, settings.project, collection)
  return { environment: collection.toEnvironment('gcp', settings.project), errors: collection.errors }
}

/** The IAM permission each REST method needs, as Google's permission reference names it. */
import type { RecordedCall } from './server.ts'

const PERMISSIONS: Readonly<Record<string, string>> = {
  'cloudresourcemanager.projects.getIamPolicy': 'resourcemanager.projects.getIamPolicy',
  'iam.projects.serviceAccounts.list': 'iam.serviceAccounts.list',
  'iam.projects.serviceAccounts.keys.list': 'iam.serviceAccountKeys.list',
  'storage.buckets.list': 'storage.buckets.list',
  'storage.buckets.getIamPolicy': 'storage.buckets.getIamPolicy',
  'compute.firewalls.list': 'compute.firewalls.list',
  'compute.subnetworks.aggregatedList': 'compute.subnetworks.list',
}

export function permissionOf(call: Pick<RecordedCall, 'method'>): string {
  return PERMISSIONS[call.method] ?? `unknown(${call.method})`
}

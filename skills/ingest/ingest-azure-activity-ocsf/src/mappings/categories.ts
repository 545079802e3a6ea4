/**
 * What each Activity Log category holds, and whether it is an API call. Administrative records every
 * create, update, delete and action through Resource Manager; Policy records each effect Azure Policy
 * applied to such a request (it is modelled as an operation on the evaluated resource); the Storage
 * categories are the storage data-plane requests of Storage resource logs. The others record what Azure
 * did or noticed, not a call anyone made, and are dropped.
 */
export type CategoryHandling =
  | { readonly kind: 'activity' | 'storage' }
  | { readonly kind: 'drop'; readonly reason: string }

const ACTIVITY: CategoryHandling = { kind: 'activity' }
const STORAGE: CategoryHandling = { kind: 'storage' }

function notAnApiCall(what: string): CategoryHandling {
  return { kind: 'drop', reason: `${what}, not an API call` }
}

/** Keyed by the lower-cased category. */
export const CATEGORY_HANDLING: Readonly<Record<string, CategoryHandling>> = {
  administrative: ACTIVITY,
  policy: ACTIVITY,
  // Early diagnostic-settings exports wrote the operation type as the category.
  write: ACTIVITY,
  delete: ACTIVITY,
  action: ACTIVITY,
  storageread: STORAGE,
  storagewrite: STORAGE,
  storagedelete: STORAGE,
  recommendation: notAnApiCall('Azure Advisor recommendation'),
  servicehealth: notAnApiCall('Service Health notice'),
  resourcehealth: notAnApiCall('Resource Health status change'),
  alert: notAnApiCall('Azure Monitor alert activation'),
  autoscale: notAnApiCall('autoscale engine event'),
  security: notAnApiCall('Microsoft Defender for Cloud alert'),
  'kube-audit': { kind: 'drop', reason: 'AKS audit record (read it with ingest-k8s-audit-ocsf)' },
  'kube-audit-admin': { kind: 'drop', reason: 'AKS audit record (read it with ingest-k8s-audit-ocsf)' },
}

/** An event without a category is Administrative, as the schema reference says of properties.eventCategory. */
export const UNCATEGORISED: CategoryHandling = ACTIVITY

export const OTHER_RESOURCE_LOG: CategoryHandling = {
  kind: 'drop',
  reason: 'resource log of another category, not the Activity Log',
}

/**
 * The verb of a Cloud Audit Logs methodName to OCSF API Activity activity_id. Google names methods
 * `<package>.<Service>.<Verb><Noun>` (google.iam.admin.v1.CreateServiceAccountKey), `<api>.<collection>.<verb>`
 * (v1.compute.firewalls.insert) or, for GKE, `io.k8s.<group>.<version>.<resource>.<verb>`; the verb is the
 * first word of the last segment. Verbs that create, read, change or delete map to those activities; the
 * rest (generate, sign, start, stop, undelete, test...) say something CRUD cannot and are Other.
 */
export const METHOD_VERB_ACTIVITY: Readonly<Record<string, 1 | 2 | 3 | 4>> = {
  create: 1,
  insert: 1,
  get: 2,
  list: 2,
  aggregated: 2, // aggregatedList: a list across zones or regions
  search: 2,
  lookup: 2,
  read: 2,
  query: 2,
  fetch: 2,
  watch: 2, // GKE watch
  update: 3,
  patch: 3,
  set: 3, // SetIamPolicy, setMetadata, setLabels: a member of the resource is replaced
  modify: 3,
  replace: 3,
  enable: 3,
  disable: 3,
  delete: 4,
  deletecollection: 4, // GKE
  purge: 4,
  destroy: 4, // Cloud KMS DestroyCryptoKeyVersion
}

/** The lower-cased first word of the method's last segment: `CreateServiceAccountKey` and `create` both give `create`. */
export function methodVerbOf(methodName: string): string {
  const last = methodName.slice(methodName.lastIndexOf('.') + 1)
  const firstWord = /^[a-z]+|^[A-Z][a-z]*/.exec(last)?.[0] ?? last
  return firstWord.toLowerCase()
}

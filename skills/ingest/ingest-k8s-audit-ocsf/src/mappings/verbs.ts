/**
 * Kubernetes verbs to OCSF API Activity activity_id. Reads (get, list, watch) are Read; create is Create,
 * including the create of pods/exec and serviceaccounts/token subresources, which is what the API server
 * logs for them; update and patch are Update. RBAC-only verbs (bind, escalate, impersonate, use,
 * approve, sign) and proxy have no CRUD meaning and are Other.
 */
export const VERB_ACTIVITY: Readonly<Record<string, 1 | 2 | 3 | 4>> = {
  create: 1,
  get: 2,
  list: 2,
  watch: 2,
  update: 3,
  patch: 3,
  delete: 4,
  deletecollection: 4,
}

/** The HTTP method each standard verb is sent with, for http_request.http_method. */
export const VERB_HTTP_METHOD: Readonly<Record<string, 'POST' | 'GET' | 'PUT' | 'PATCH' | 'DELETE'>> = {
  create: 'POST',
  get: 'GET',
  list: 'GET',
  watch: 'GET',
  update: 'PUT',
  patch: 'PATCH',
  delete: 'DELETE',
  deletecollection: 'DELETE',
}

/**
 * Requests that hold a connection open. The API server logs them at ResponseStarted and often never
 * reaches ResponseComplete, so that stage is the one kept for them.
 */
export const LONG_RUNNING_SUBRESOURCES: ReadonlySet<string> = new Set([
  'exec',
  'attach',
  'portforward',
  'proxy',
  'log',
])

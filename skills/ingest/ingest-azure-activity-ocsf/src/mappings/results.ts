/**
 * Results of Activity Log events to OCSF status. Resource Manager logs a write, delete or action when it
 * starts (Started, or Accepted for an asynchronous one) and again when it ends (Succeeded or Failed); the
 * diagnostic-settings schema writes the same as Start, Accept, Success and Failure. The in-between states
 * are neither success nor failure yet: they are Other, with the source's word as the status.
 */
export type ResultStatus = 'success' | 'failure' | 'in-progress'

/** Keyed by the lower-cased result. */
export const RESULT_STATUS: Readonly<Record<string, ResultStatus>> = {
  succeeded: 'success',
  success: 'success',
  failed: 'failure',
  failure: 'failure',
  started: 'in-progress',
  start: 'in-progress',
  accepted: 'in-progress',
  accept: 'in-progress',
  'in progress': 'in-progress',
}

/** HTTP status names as Resource Manager writes them in subStatus, resultSignature and properties.statusCode. */
export const HTTP_STATUS_NAMES: Readonly<Record<string, number>> = {
  ok: 200,
  created: 201,
  accepted: 202,
  nocontent: 204,
  badrequest: 400,
  unauthorized: 401,
  forbidden: 403,
  notfound: 404,
  methodnotallowed: 405,
  conflict: 409,
  preconditionfailed: 412,
  toomanyrequests: 429,
  internalservererror: 500,
  badgateway: 502,
  serviceunavailable: 503,
  gatewaytimeout: 504,
}

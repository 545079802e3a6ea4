/**
 * A Google Cloud API call as detection rules see it, read back from the OCSF API Activity fields that
 * ingest-gcp-audit-ocsf sets (OCSF_CONTRACT.md): the service and method, whether it went through, the
 * request and response, the resource with its serviceData, and who called. Fields are read through the
 * untrusted-JSON helpers, so a field of the wrong type reads as absent instead of throwing.
 */
import { asArray, asInt, asObject, asString, type JsonObject, path } from '../json/index.ts'

/** GKE's Kubernetes API calls share the audit log; the Kubernetes detectors read them, through ingest-k8s-audit-ocsf. */
const KUBERNETES_SERVICE = 'k8s.io'

const SERVICE_ACCOUNT_DOMAIN = '.gserviceaccount.com'

export interface GcpCaller {
  /** principalEmail, else principalSubject, else `unknown`. */
  readonly name: string
  /** The address, when the caller is named by one. */
  readonly email: string | undefined
  readonly isServiceAccount: boolean
  /** For a service account acting for someone else: the principal at the start of the delegation chain. */
  readonly delegatedBy: string | undefined
  /** The name for people to read: with the delegating principal, who is the one to ask about the call. */
  readonly label: string
}

export interface GcpResource {
  readonly uid: string | undefined
  readonly name: string | undefined
  /** The monitored resource type: `gcs_bucket`, `service_account`, `gce_firewall_rule`... */
  readonly type: string | undefined
  /** The AuditLog's serviceData (SetIamPolicy's policyDelta), as redacted by the ingester. */
  readonly serviceData: JsonObject | undefined
}

export interface GcpCall {
  /** serviceName, e.g. `iam.googleapis.com`. */
  readonly service: string
  /** methodName verbatim, e.g. `google.iam.admin.v1.CreateServiceAccountKey`. */
  readonly method: string
  /** The last segment of the method, lower-cased: services spell one verb differently (`SetIamPolicy`, `setIamPolicy`, `SetIAMPolicy`). */
  readonly verb: string
  /** Neither a failed status nor a permission the authorizer refused. */
  readonly succeeded: boolean
  readonly request: JsonObject | undefined
  readonly response: JsonObject | undefined
  readonly resource: GcpResource
  readonly caller: GcpCaller
  /** The project (or, for organization-level logs, the organization) the entry was logged in. */
  readonly scope: string | undefined
}

function callerOf(event: unknown): GcpCaller {
  const name = asString(path(event, 'actor', 'user', 'name')) ?? 'unknown'
  const email =
    asString(path(event, 'actor', 'user', 'email_addr')) ?? (name.includes('@') ? name : undefined)
  const delegatedBy = asString(path(event, 'actor', 'session', 'issuer'))
  return {
    name,
    email,
    isServiceAccount: email?.toLowerCase().endsWith(SERVICE_ACCOUNT_DOMAIN) === true,
    delegatedBy,
    label: delegatedBy === undefined ? name : `${name} (on behalf of ${delegatedBy})`,
  }
}

/** The authorizer refused a permission the call needed, even where the status was left at OK. */
function wasRefused(event: unknown): boolean {
  for (const authorization of asArray(path(event, 'actor', 'authorizations')) ?? []) {
    if (path(authorization, 'decision') === 'forbid') return true
  }
  return false
}

function resourceOf(event: unknown): GcpResource {
  const resource = asArray(path(event, 'resources'))?.[0]
  return {
    uid: asString(path(resource, 'uid')),
    name: asString(path(resource, 'name')),
    type: asString(path(resource, 'type')),
    serviceData: asObject(path(resource, 'data', 'service_data')),
  }
}

/** Undefined for anything that is not a Google Cloud API call, and for GKE's Kubernetes calls. */
export function gcpCallOf(event: unknown): GcpCall | undefined {
  if (path(event, 'cloud', 'provider') !== 'GCP') return undefined
  const service = asString(path(event, 'api', 'service', 'name'))
  const method = asString(path(event, 'api', 'operation'))
  if (service === undefined || method === undefined || service === KUBERNETES_SERVICE) return undefined
  return {
    service,
    method,
    verb: (method.split('.').pop() ?? method).toLowerCase(),
    succeeded: asInt(path(event, 'status_id')) !== 2 && !wasRefused(event),
    request: asObject(path(event, 'api', 'request', 'data')),
    response: asObject(path(event, 'api', 'response', 'data')),
    resource: resourceOf(event),
    caller: callerOf(event),
    scope: asString(path(event, 'cloud', 'account', 'uid')) ?? asString(path(event, 'cloud', 'org', 'uid')),
  }
}

/** A successful call on `service` whose verb (last method segment, lower-cased) is one of `verbs`. */
export function succeededGcpCallOf(
  event: unknown,
  service: string,
  verbs: ReadonlySet<string>,
): GcpCall | undefined {
  const call = gcpCallOf(event)
  if (call === undefined || !call.succeeded || call.service !== service) return undefined
  return verbs.has(call.verb) ? call : undefined
}

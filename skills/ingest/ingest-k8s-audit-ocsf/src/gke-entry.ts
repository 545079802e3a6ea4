/**
 * GKE writes the Kubernetes audit trail as Cloud Audit Logs entries (serviceName "k8s.io"). This reads
 * one back into an audit.k8s.io Event: methodName `io.k8s.core.v1.pods.exec.create` gives the group,
 * version, resource, subresource and verb, and resourceName `core/v1/namespaces/ns/pods/name/exec` the object.
 */
import { asArray, asObject, asString, asText, type JsonObject, lookup, path } from '#shared/json/index.ts'
import type { AuditRecord } from './audit-record.ts'

interface MethodParts {
  apiGroup?: string
  apiVersion?: string
  resource?: string
  subresource?: string
  verb?: string
}

function parseMethodName(methodName: string | undefined): MethodParts {
  if (methodName === undefined || !methodName.startsWith('io.k8s.')) return {}
  const parts = methodName.slice('io.k8s.'.length).split('.')
  const verb = parts.pop()
  // `core.v1.pods.create`, `authorization.rbac.v1.clusterrolebindings.create`, `core.v1.pods.exec.create`
  const versionIndex = parts.findIndex((part) => /^v\d+((alpha|beta)\d+)?$/.test(part))
  if (versionIndex === -1) return { verb }
  const groupParts = parts.slice(0, versionIndex)
  const group = groupParts.join('.')
  const [resource, subresource] = parts.slice(versionIndex + 1)
  return {
    apiGroup: group === 'core' ? '' : groupToApiGroup(group),
    apiVersion: parts[versionIndex],
    resource,
    subresource,
    verb,
  }
}

/** Built-in API groups with no `.k8s.io` suffix; every other group GKE names is a `.k8s.io` one. */
const UNSUFFIXED_GROUPS: ReadonlySet<string> = new Set([
  'apps',
  'batch',
  'policy',
  'autoscaling',
  'extensions',
])

/** GKE writes API groups reversed and shortened: `authorization.rbac` is `rbac.authorization.k8s.io`. */
function groupToApiGroup(group: string): string {
  const reversed = group.split('.').reverse().join('.')
  return UNSUFFIXED_GROUPS.has(reversed) ? reversed : `${reversed}.k8s.io`
}

function parseResourceName(resourceName: string | undefined): { namespace?: string; name?: string } {
  if (resourceName === undefined) return {}
  const segments = resourceName.split('/')
  const namespaceIndex = segments.indexOf('namespaces')
  const namespace = namespaceIndex === -1 ? undefined : segments[namespaceIndex + 1]
  const afterNamespace = namespaceIndex === -1 ? segments.slice(2) : segments.slice(namespaceIndex + 2)
  // afterNamespace: [resource, name?, subresource?]
  return { namespace, name: afterNamespace[1] }
}

/** Cloud Audit Logs status codes are google.rpc codes; 0 is OK. The HTTP code is in the response Status when there is one. */
function responseCodeOf(protoPayload: JsonObject): number | undefined {
  const httpCode = path(protoPayload, 'response', 'code')
  if (typeof httpCode === 'number' && path(protoPayload, 'response', 'kind') === 'Status') return httpCode
  const rpcCode = path(protoPayload, 'status', 'code')
  if (rpcCode === undefined || rpcCode === 0) return 200
  return lookup(RPC_TO_HTTP, typeof rpcCode === 'number' ? rpcCode : undefined) ?? 500
}

/** google.rpc.Code to HTTP, as the API server maps them. */
const RPC_TO_HTTP: Readonly<Record<number, number>> = {
  3: 400,
  5: 404,
  6: 409,
  7: 403,
  9: 400,
  10: 409,
  16: 401,
  8: 429,
  13: 500,
  14: 503,
}

function decisionOf(granted: unknown): string | undefined {
  if (granted === true) return 'allow'
  if (granted === false) return 'forbid'
  return undefined
}

export function gkeEntryToAuditEvent(entry: JsonObject, protoPayload: JsonObject): AuditRecord {
  const method = parseMethodName(asString(protoPayload.methodName))
  const target = parseResourceName(asString(protoPayload.resourceName))
  const authorization = asObject(asArray(protoPayload.authorizationInfo)?.[0])
  const labels = asObject(entry.labels) ?? {}
  const decision = asString(labels['authorization.k8s.io/decision']) ?? decisionOf(authorization?.granted)
  const event: JsonObject = {
    verb: method.verb,
    user: { username: asString(path(protoPayload, 'authenticationInfo', 'principalEmail')) },
    sourceIPs: [
      asString(path(protoPayload, 'requestMetadata', 'callerIp')) ??
        asString(path(protoPayload, 'requestMetadata', 'callerIP')),
    ].filter((ip) => ip !== undefined),
    userAgent: asString(path(protoPayload, 'requestMetadata', 'callerSuppliedUserAgent')),
    objectRef: {
      apiGroup: method.apiGroup,
      apiVersion: method.apiVersion,
      resource: method.resource,
      subresource: method.subresource,
      namespace: target.namespace,
      name: target.name,
    },
    responseStatus: {
      code: responseCodeOf(protoPayload),
      message: asString(path(protoPayload, 'status', 'message')),
    },
    requestObject: asObject(protoPayload.request),
    annotations: {
      'authorization.k8s.io/decision': decision,
      'authorization.k8s.io/reason': asString(labels['authorization.k8s.io/reason']),
    },
    stage:
      path(entry, 'operation', 'first') === true && path(entry, 'operation', 'last') !== true
        ? 'ResponseStarted'
        : undefined,
    auditID: asText(path(entry, 'operation', 'id')),
  }
  return {
    form: 'gke',
    event,
    cluster: {
      provider: 'GCP',
      accountUid: asString(path(entry, 'resource', 'labels', 'project_id')),
      region: asString(path(entry, 'resource', 'labels', 'location')),
      clusterName: asString(path(entry, 'resource', 'labels', 'cluster_name')),
    },
    envelopeTimes: [entry.timestamp, entry.receiveTimestamp, entry.receivetimestamp],
    envelopeUid: asString(entry.insertId ?? entry.insertid),
  }
}

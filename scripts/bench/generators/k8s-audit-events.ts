/**
 * Kubernetes audit events as the kube-apiserver log backend writes them (audit.k8s.io/v1): who made the
 * request, the request's URI and object reference, and at the Request and RequestResponse levels the
 * objects sent and returned. Shared by the ordinary traffic and the attack scenarios.
 */
import type { Random } from '../random.ts'
import { isoTime } from './source-generator.ts'

export type AuditEvent = Record<string, unknown>

export const NAMESPACES = ['payments', 'checkout', 'search', 'ledger', 'web', 'batch']
export const NODES = ['ip-10-20-1-15', 'ip-10-20-2-40', 'ip-10-20-3-5', 'ip-10-20-4-17']
export const CONTROLLERS = ['kube-controller-manager', 'kube-scheduler', 'cloud-controller-manager']
const ENGINEERS = ['alice@example.com', 'bob@example.com', 'carol@example.com']
const KUBECTL = 'kubectl/v1.30.2 (linux/amd64) kubernetes/39683505'

interface Principal {
  readonly username: string
  readonly groups: readonly string[]
  readonly ip: string
  readonly userAgent: string
}

export function serviceAccount(namespace: string, name: string, ip: string, userAgent: string): Principal {
  return {
    username: `system:serviceaccount:${namespace}:${name}`,
    groups: ['system:serviceaccounts', `system:serviceaccounts:${namespace}`, 'system:authenticated'],
    ip,
    userAgent,
  }
}

export function node(name: string): Principal {
  return {
    username: `system:node:${name}`,
    groups: ['system:nodes', 'system:authenticated'],
    ip: `10.20.${name.split('-')[3]}.${name.split('-')[4]}`,
    userAgent: 'kubelet/v1.30.2 (linux/amd64) kubernetes/39683505',
  }
}

export function engineer(random: Random): Principal {
  return {
    username: random.pick(ENGINEERS),
    groups: ['developers', 'system:authenticated'],
    ip: `10.8.${random.int(0, 3)}.${random.int(2, 250)}`,
    userAgent: KUBECTL,
  }
}

interface Request {
  readonly principal: Principal
  readonly verb: string
  readonly resource: string
  readonly namespace?: string
  readonly name?: string
  readonly subresource?: string
  readonly apiGroup?: string
  readonly apiVersion?: string
  readonly code?: number
  readonly query?: string
  readonly level?: 'Metadata' | 'Request' | 'RequestResponse'
  readonly stage?: 'RequestReceived' | 'ResponseComplete'
  readonly requestObject?: unknown
  readonly responseObject?: unknown
  readonly reason?: string
}

function requestUri(request: Request): string {
  const prefix =
    request.apiGroup === undefined ? '/api/v1' : `/apis/${request.apiGroup}/${request.apiVersion ?? 'v1'}`
  let uri = prefix
  if (request.namespace !== undefined) uri += `/namespaces/${request.namespace}`
  uri += `/${request.resource}`
  if (request.name !== undefined) uri += `/${request.name}`
  if (request.subresource !== undefined) uri += `/${request.subresource}`
  return request.query === undefined ? uri : `${uri}?${request.query}`
}

export function auditEvent(random: Random, time: number, request: Request): AuditEvent {
  const code = request.code ?? (request.verb === 'create' ? 201 : 200)
  const stage = request.stage ?? 'ResponseComplete'
  const event: AuditEvent = {
    kind: 'Event',
    apiVersion: 'audit.k8s.io/v1',
    level: request.level ?? 'Metadata',
    auditID: random.uuid(),
    stage,
    requestURI: requestUri(request),
    verb: request.verb,
    user: {
      username: request.principal.username,
      uid: random.uuid(),
      groups: request.principal.groups,
    },
    sourceIPs: [request.principal.ip],
    userAgent: request.principal.userAgent,
    objectRef: {
      resource: request.resource,
      namespace: request.namespace,
      name: request.name,
      apiGroup: request.apiGroup,
      apiVersion: request.apiVersion ?? 'v1',
      subresource: request.subresource,
    },
  }
  if (stage === 'ResponseComplete') event.responseStatus = { metadata: {}, code }
  if (request.requestObject !== undefined) event.requestObject = request.requestObject
  if (request.responseObject !== undefined && stage === 'ResponseComplete')
    event.responseObject = request.responseObject
  const received = isoTime(time).replace('Z', '000Z')
  event.requestReceivedTimestamp = received
  event.stageTimestamp =
    stage === 'RequestReceived' ? received : isoTime(time + random.int(2, 900)).replace('Z', '000Z')
  event.annotations = {
    'authorization.k8s.io/decision': code === 403 ? 'forbid' : 'allow',
    'authorization.k8s.io/reason': request.reason ?? '',
  }
  return event
}

function objectMeta(random: Random, name: string, namespace: string, time: number) {
  return {
    name,
    namespace,
    uid: random.uuid(),
    resourceVersion: String(random.int(100_000, 99_999_999)),
    creationTimestamp: isoTime(time - 86_400_000).replace(/\.\d{3}Z$/, 'Z'),
    labels: { 'app.kubernetes.io/name': name, 'app.kubernetes.io/part-of': namespace },
  }
}

interface ContainerOptions {
  readonly privileged?: boolean
  readonly addCapabilities?: readonly string[]
  readonly allowPrivilegeEscalation?: boolean
  readonly mounts?: ReadonlyArray<{ name: string; mountPath: string }>
}

export function container(name: string, image: string, options: ContainerOptions = {}) {
  return {
    name,
    image,
    ports: [{ containerPort: 8080, protocol: 'TCP' }],
    resources: { requests: { cpu: '250m', memory: '256Mi' }, limits: { memory: '512Mi' } },
    securityContext: {
      allowPrivilegeEscalation: options.allowPrivilegeEscalation ?? false,
      runAsNonRoot: options.privileged !== true,
      privileged: options.privileged,
      capabilities:
        options.addCapabilities === undefined ? { drop: ['ALL'] } : { add: options.addCapabilities },
      seccompProfile: { type: 'RuntimeDefault' },
    },
    volumeMounts: options.mounts,
  }
}

export function deploymentBody(random: Random, namespace: string, name: string, time: number, image: string) {
  return {
    kind: 'Deployment',
    apiVersion: 'apps/v1',
    metadata: objectMeta(random, name, namespace, time),
    spec: {
      replicas: random.int(2, 6),
      selector: { matchLabels: { app: name } },
      template: {
        metadata: {
          labels: { app: name },
          annotations: { 'kubectl.kubernetes.io/restartedAt': isoTime(time) },
        },
        spec: { serviceAccountName: name, containers: [container(name, image)] },
      },
    },
  }
}

export function leaseBody(random: Random, name: string, holder: string, time: number) {
  return {
    kind: 'Lease',
    apiVersion: 'coordination.k8s.io/v1',
    metadata: objectMeta(random, name, 'kube-system', time),
    spec: {
      holderIdentity: `${holder}_${random.uuid()}`,
      leaseDurationSeconds: 15,
      acquireTime: isoTime(time - 3_600_000).replace('Z', '000Z'),
      renewTime: isoTime(time).replace('Z', '000Z'),
      leaseTransitions: random.int(0, 9),
    },
  }
}

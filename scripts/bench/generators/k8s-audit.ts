/**
 * Kubernetes audit events as the kube-apiserver log backend writes them (audit.k8s.io/v1, one JSON
 * object a line): controllers renewing leases and kubelets reporting status, CI rolling out deployments
 * with request and response bodies, some RequestReceived stages and denials; and the attacks the
 * Kubernetes detectors look for: a token hunting secrets, exec into pods, bindings to cluster-admin,
 * token minting, privileged and host-mounting pods.
 */
import { join } from 'node:path'
import type { Random } from '../random.ts'
import {
  FileWriter,
  type GeneratedInput,
  isoTime,
  mixRecords,
  type Scenario,
  type SourceGenerator,
} from './source-generator.ts'

type AuditEvent = Record<string, unknown>

const NAMESPACES = ['payments', 'checkout', 'search', 'ledger', 'web', 'batch']
const NODES = ['ip-10-20-1-15', 'ip-10-20-2-40', 'ip-10-20-3-5', 'ip-10-20-4-17']
const CONTROLLERS = ['kube-controller-manager', 'kube-scheduler', 'cloud-controller-manager']
const ENGINEERS = ['alice@example.com', 'bob@example.com', 'carol@example.com']
const KUBECTL = 'kubectl/v1.30.2 (linux/amd64) kubernetes/39683505'

interface Principal {
  readonly username: string
  readonly groups: readonly string[]
  readonly ip: string
  readonly userAgent: string
}

function serviceAccount(namespace: string, name: string, ip: string, userAgent: string): Principal {
  return {
    username: `system:serviceaccount:${namespace}:${name}`,
    groups: ['system:serviceaccounts', `system:serviceaccounts:${namespace}`, 'system:authenticated'],
    ip,
    userAgent,
  }
}

function node(name: string): Principal {
  return {
    username: `system:node:${name}`,
    groups: ['system:nodes', 'system:authenticated'],
    ip: `10.20.${name.split('-')[3]}.${name.split('-')[4]}`,
    userAgent: 'kubelet/v1.30.2 (linux/amd64) kubernetes/39683505',
  }
}

function engineer(random: Random): Principal {
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

function auditEvent(random: Random, time: number, request: Request): AuditEvent {
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

function container(name: string, image: string, options: ContainerOptions = {}) {
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

function deploymentBody(random: Random, namespace: string, name: string, time: number, image: string) {
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

function leaseBody(random: Random, name: string, holder: string, time: number) {
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

/** Ordinary cluster traffic, weighted roughly as a busy cluster's audit log is. */
function benign(random: Random, time: number): AuditEvent {
  const roll = random.next()
  const namespace = random.pick(NAMESPACES)
  if (roll < 0.22) {
    const holder = random.pick(CONTROLLERS)
    const lease = leaseBody(random, holder, holder, time)
    return auditEvent(random, time, {
      principal: {
        username: `system:${holder}`,
        groups: ['system:authenticated'],
        ip: '10.0.0.10',
        userAgent: `${holder}/v1.30.2 (linux/amd64) kubernetes/39683505/leader-election`,
      },
      verb: 'update',
      resource: 'leases',
      namespace: 'kube-system',
      name: holder,
      apiGroup: 'coordination.k8s.io',
      level: 'RequestResponse',
      requestObject: lease,
      responseObject: lease,
    })
  }
  if (roll < 0.4) {
    const kubelet = node(random.pick(NODES))
    return auditEvent(random, time, {
      principal: kubelet,
      verb: 'patch',
      resource: 'nodes',
      name: kubelet.username.slice('system:node:'.length),
      subresource: 'status',
      level: 'Request',
      requestObject: {
        status: {
          conditions: [
            {
              type: 'MemoryPressure',
              status: 'False',
              lastHeartbeatTime: isoTime(time).replace(/\.\d{3}Z$/, 'Z'),
              reason: 'KubeletHasSufficientMemory',
            },
            {
              type: 'DiskPressure',
              status: 'False',
              lastHeartbeatTime: isoTime(time).replace(/\.\d{3}Z$/, 'Z'),
              reason: 'KubeletHasNoDiskPressure',
            },
            {
              type: 'Ready',
              status: 'True',
              lastHeartbeatTime: isoTime(time).replace(/\.\d{3}Z$/, 'Z'),
              reason: 'KubeletReady',
            },
          ],
        },
      },
    })
  }
  if (roll < 0.55) {
    return auditEvent(random, time, {
      principal: node(random.pick(NODES)),
      verb: random.pick(['get', 'list', 'watch']),
      resource: random.pick(['pods', 'configmaps', 'services', 'endpoints']),
      namespace,
      name: random.chance(0.5) ? `${namespace}-${random.hex(5)}` : undefined,
      stage: random.chance(0.2) ? 'RequestReceived' : 'ResponseComplete',
    })
  }
  if (roll < 0.63) {
    // Kubelets fetch the secrets their pods mount: an expected reader.
    return auditEvent(random, time, {
      principal: node(random.pick(NODES)),
      verb: 'get',
      resource: 'secrets',
      namespace,
      name: `${namespace}-tls`,
    })
  }
  if (roll < 0.67) {
    // Helm lists its release records, narrowed by label: not a secret hunt.
    return auditEvent(random, time, {
      principal: serviceAccount('ci', 'helm', '10.42.3.70', 'Helm/3.14.2'),
      verb: 'list',
      resource: 'secrets',
      namespace,
      query: 'labelSelector=owner%3Dhelm',
    })
  }
  if (roll < 0.77) {
    const name = `${namespace}-api`
    const image = `registry.example.com/${namespace}/api:${random.int(1, 9)}.${random.int(0, 20)}.${random.int(0, 9)}`
    const body = deploymentBody(random, namespace, name, time, image)
    return auditEvent(random, time, {
      principal: serviceAccount('ci', 'deployer', '10.42.3.70', 'argocd-application-controller/v2.11.3'),
      verb: random.pick(['create', 'update', 'patch']),
      resource: 'deployments',
      namespace,
      name,
      apiGroup: 'apps',
      level: 'RequestResponse',
      requestObject: body,
      responseObject: {
        ...body,
        status: { observedGeneration: random.int(1, 40), replicas: body.spec.replicas },
      },
      reason:
        'RBAC: allowed by ClusterRoleBinding "ci-deployer" of ClusterRole "edit" to ServiceAccount "deployer/ci"',
    })
  }
  if (roll < 0.87) {
    return auditEvent(random, time, {
      principal: serviceAccount(
        namespace,
        'web',
        `10.42.${random.int(0, 7)}.${random.int(2, 250)}`,
        'python-requests/2.31.0',
      ),
      verb: 'get',
      resource: 'configmaps',
      namespace,
      name: `${namespace}-config`,
      reason: `RBAC: allowed by RoleBinding "web-reader/${namespace}" of Role "web-reader" to ServiceAccount "web/${namespace}"`,
    })
  }
  if (roll < 0.95) {
    return auditEvent(random, time, {
      principal: engineer(random),
      verb: random.pick(['get', 'list']),
      resource: random.pick(['pods', 'deployments', 'services']),
      namespace,
      code: random.chance(0.1) ? 403 : 200,
    })
  }
  return auditEvent(random, time, {
    principal: serviceAccount(
      'kube-system',
      'replicaset-controller',
      '10.0.0.10',
      'kube-controller-manager/v1.30.2 (linux/amd64) kubernetes/39683505/system:serviceaccount:kube-system:replicaset-controller',
    ),
    verb: 'create',
    resource: 'pods',
    namespace,
    level: 'Request',
    requestObject: {
      kind: 'Pod',
      apiVersion: 'v1',
      metadata: { generateName: `${namespace}-api-${random.hex(9)}-`, namespace },
      spec: {
        serviceAccountName: 'web',
        containers: [container('api', `registry.example.com/${namespace}/api:4.2.0`)],
      },
    },
  })
}

const compromised = (namespace: string) =>
  serviceAccount(namespace, 'web', '10.42.1.23', 'python-requests/2.31.0')

const SCENARIOS: readonly Scenario<AuditEvent>[] = [
  // A stolen service-account token lists secrets, then reads one: list-then-get, a namespace list, a sensitive read.
  (random, start) => {
    const namespace = random.pick(NAMESPACES)
    return [
      auditEvent(random, start, {
        principal: compromised(namespace),
        verb: 'list',
        resource: 'secrets',
        namespace,
      }),
      auditEvent(random, start + 20_000, {
        principal: compromised(namespace),
        verb: 'get',
        resource: 'secrets',
        namespace,
        name: 'db-password',
      }),
    ]
  },
  // A workload execs into a neighbour and reads its service-account token.
  (random, start) => [
    auditEvent(random, start, {
      principal: compromised(random.pick(NAMESPACES)),
      verb: 'create',
      resource: 'pods',
      namespace: 'ledger',
      name: `ledger-api-${random.hex(5)}`,
      subresource: 'exec',
      query:
        'command=cat&command=%2Fvar%2Frun%2Fsecrets%2Fkubernetes.io%2Fserviceaccount%2Ftoken&container=api&stdout=true',
    }),
  ],
  // A developer binds cluster-admin.
  (random, start) => {
    const name = `debug-${random.hex(4)}`
    return [
      auditEvent(random, start, {
        principal: engineer(random),
        verb: 'create',
        resource: 'clusterrolebindings',
        name,
        apiGroup: 'rbac.authorization.k8s.io',
        level: 'RequestResponse',
        requestObject: {
          kind: 'ClusterRoleBinding',
          apiVersion: 'rbac.authorization.k8s.io/v1',
          metadata: { name },
          roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: 'cluster-admin' },
          subjects: [{ kind: 'ServiceAccount', name: 'web', namespace: 'payments' }],
        },
      }),
    ]
  },
  // A workload mints a token for another service account.
  (random, start) => [
    auditEvent(random, start, {
      principal: compromised('payments'),
      verb: 'create',
      resource: 'serviceaccounts',
      namespace: 'payments',
      name: 'deployer',
      subresource: 'token',
      level: 'Request',
      requestObject: {
        kind: 'TokenRequest',
        apiVersion: 'authentication.k8s.io/v1',
        spec: { audiences: ['https://kubernetes.default.svc'], expirationSeconds: 3600 },
      },
    }),
  ],
  // Someone lists every secret of the cluster, then reads across namespaces.
  (random, start) => {
    const principal = engineer(random)
    const events = [auditEvent(random, start, { principal, verb: 'list', resource: 'secrets' })]
    NAMESPACES.slice(0, 4).forEach((namespace, offset) => {
      events.push(
        auditEvent(random, start + (offset + 1) * 5_000, {
          principal,
          verb: 'get',
          resource: 'secrets',
          namespace,
          name: `${namespace}-aws-credentials`,
        }),
      )
    })
    return events
  },
  // A privileged pod with the host's process namespace and root filesystem.
  (random, start) => {
    const name = `node-debugger-${random.hex(5)}`
    return [
      auditEvent(random, start, {
        principal: engineer(random),
        verb: 'create',
        resource: 'pods',
        namespace: 'batch',
        name,
        level: 'RequestResponse',
        requestObject: {
          kind: 'Pod',
          apiVersion: 'v1',
          metadata: { name, namespace: 'batch' },
          spec: {
            hostPID: true,
            hostNetwork: true,
            containers: [
              container('debugger', 'docker.io/library/busybox:1.36', {
                privileged: true,
                allowPrivilegeEscalation: true,
                mounts: [{ name: 'host', mountPath: '/host' }],
              }),
            ],
            volumes: [{ name: 'host', hostPath: { path: '/', type: 'Directory' } }],
          },
        },
      }),
    ]
  },
  // A deployment that adds SYS_ADMIN.
  (random, start) => {
    const body = deploymentBody(
      random,
      'search',
      'indexer',
      start,
      'registry.example.com/search/indexer:2.0.1',
    )
    body.spec.template.spec.containers = [
      container('indexer', 'registry.example.com/search/indexer:2.0.1', {
        addCapabilities: ['SYS_ADMIN', 'NET_ADMIN'],
      }),
    ]
    return [
      auditEvent(random, start, {
        principal: engineer(random),
        verb: 'create',
        resource: 'deployments',
        namespace: 'search',
        name: 'indexer',
        apiGroup: 'apps',
        level: 'RequestResponse',
        requestObject: body,
      }),
    ]
  },
]

export const k8sAuditGenerator: SourceGenerator = {
  ingester: 'ingest-k8s-audit-ocsf',
  source: 'k8s-audit',
  generate(dir, records, random): GeneratedInput {
    const file = join(dir, 'audit.log')
    const writer = new FileWriter(file)
    for (const event of mixRecords(records, random, benign, SCENARIOS))
      writer.write(`${JSON.stringify(event)}\n`)
    writer.close()
    return { files: [file], args: [], records, bytes: writer.written, text: false }
  },
}

/**
 * The attacks the Kubernetes detectors look for, one scenario each: a stolen token hunting secrets, exec
 * into a pod to read its token, a binding to cluster-admin, token minting, cluster-wide secret listing
 * and cross-namespace reads, a privileged host-mounting pod, a deployment adding SYS_ADMIN.
 */

import {
  type AuditEvent,
  auditEvent,
  container,
  deploymentBody,
  engineer,
  NAMESPACES,
  serviceAccount,
} from './k8s-audit-events.ts'
import type { Scenario } from './source-generator.ts'

const compromised = (namespace: string) =>
  serviceAccount(namespace, 'web', '10.42.1.23', 'python-requests/2.31.0')

export const K8S_ATTACKS: readonly Scenario<AuditEvent>[] = [
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

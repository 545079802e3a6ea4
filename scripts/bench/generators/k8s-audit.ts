/**
 * Kubernetes audit events as the kube-apiserver log backend writes them (audit.k8s.io/v1, one JSON
 * object a line): controllers renewing leases and kubelets reporting status, CI rolling out deployments
 * with request and response bodies, some RequestReceived stages and denials; and the attacks the
 * Kubernetes detectors look for: a token hunting secrets, exec into pods, bindings to cluster-admin,
 * token minting, privileged and host-mounting pods.
 */
import { join } from 'node:path'
import type { Random } from '../random.ts'
import { K8S_ATTACKS } from './k8s-audit-attacks.ts'
import {
  type AuditEvent,
  auditEvent,
  CONTROLLERS,
  container,
  deploymentBody,
  engineer,
  leaseBody,
  NAMESPACES,
  NODES,
  node,
  serviceAccount,
} from './k8s-audit-events.ts'
import {
  FileWriter,
  type GeneratedInput,
  isoTime,
  mixRecords,
  type SourceGenerator,
} from './source-generator.ts'

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

export const k8sAuditGenerator: SourceGenerator = {
  ingester: 'ingest-k8s-audit-ocsf',
  source: 'k8s-audit',
  generate(dir, records, random): GeneratedInput {
    const file = join(dir, 'audit.log')
    const writer = new FileWriter(file)
    for (const event of mixRecords(records, random, benign, K8S_ATTACKS))
      writer.write(`${JSON.stringify(event)}\n`)
    writer.close()
    return { files: [file], args: [], records, bytes: writer.written, text: false }
  },
}

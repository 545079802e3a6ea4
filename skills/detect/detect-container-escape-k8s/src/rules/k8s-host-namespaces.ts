/** A workload sharing the node's process, IPC or network namespace. */
import type { EventRule } from '#shared/detect/index.ts'
import type { SeverityName } from '#shared/ocsf/index.ts'
import type { ContainerEscapeConfig } from '../config.ts'
import { describeSettings, type RiskySetting } from '../risky-setting.ts'
import { type WorkloadWrite, workloadWriteOf } from '../workload-write.ts'

const TITLE = 'Host namespace shared'

/** Each host namespace and how much it gives away. */
const HOST_NAMESPACES: ReadonlyArray<readonly [field: string, severity: SeverityName]> = [
  // Every process on the node is visible, and with SYS_PTRACE or root, open to injection and nsenter.
  ['hostPID', 'high'],
  // The node's network stack: the kubelet port, node-local services and the cloud metadata endpoint.
  ['hostNetwork', 'medium'],
  // Shared memory and semaphores of every process on the node.
  ['hostIPC', 'medium'],
]

function hostNamespaceSettings(write: WorkloadWrite | undefined): RiskySetting[] {
  if (write === undefined) return []
  const settings: RiskySetting[] = []
  for (const [field, severity] of HOST_NAMESPACES) {
    if (write.podSpec.spec[field] === true) {
      settings.push({ where: 'the pod', setting: `${write.podSpec.at}.${field}: true`, severity })
    }
  }
  return settings
}

export const k8sHostNamespaces: EventRule<ContainerEscapeConfig> = {
  id: 'k8s-host-namespaces',
  title: TITLE,
  severity: 'high',
  attacks: ['T1611', 'T1610'],
  classUids: [6003],
  rationale:
    'hostPID, hostIPC and hostNetwork put the pod in the node’s own namespaces: it sees and can signal host processes, reads their shared memory, or listens on the node’s network next to the kubelet.',
  reference: 'https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline',
  runbook:
    '1. Which namespaces does it share, and why would this workload need them? 2. Is it a node agent you run (node-exporter, CNI)? 3. If not, delete it and look on its nodes for processes it touched.',
  falsePositives: [
    'monitoring and networking agents (node-exporter, CNI plugins, kube-proxy replacements); pass them with --allow-workload',
  ],
  match(event, config) {
    return hostNamespaceSettings(workloadWriteOf(event, config)).length > 0
  },
  describe(event, config) {
    const write = workloadWriteOf(event, config)
    return describeSettings(write, hostNamespaceSettings(write), TITLE)
  },
}

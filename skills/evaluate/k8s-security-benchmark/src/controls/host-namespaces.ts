/**
 * 5.2.3 to 5.2.5: a pod that shares a host namespace sees what the node sees. hostPID lets it signal and
 * ptrace node processes and read their environment; hostIPC reaches their shared memory; hostNetwork puts
 * it on the node's interfaces, past NetworkPolicy, beside node-local services.
 */
import type { TechniqueRef } from '#shared/mitre/index.ts'
import type { SeverityName } from '#shared/ocsf/index.ts'
import { asYamlBoolean } from '#shared/posture/index.ts'
import { type K8sControl, WORKLOAD_SECTIONS } from '../benchmark.ts'
import { judgeWorkloads } from '../outcomes.ts'

interface HostNamespace {
  readonly id: string
  readonly field: 'hostPID' | 'hostIPC' | 'hostNetwork'
  readonly namespace: string
  readonly severity: SeverityName
  readonly attacks: readonly TechniqueRef[]
}

function hostNamespaceControl(host: HostNamespace): K8sControl {
  return {
    id: host.id,
    title: `Minimize the admission of containers wishing to share the host ${host.namespace} namespace`,
    severity: host.severity,
    attacks: host.attacks,
    requirements: ['NIST CSF 2.0 PR.PS-01', 'NIST CSF 2.0 PR.AA-05', 'SOC 2 CC6.1'],
    remediation: `Remove ${host.field}: true from the pod spec, and enforce the baseline or restricted Pod Security Standard on the namespace.`,
    references: ['https://kubernetes.io/docs/concepts/security/pod-security-standards/'],
    sections: [...WORKLOAD_SECTIONS],
    evaluate: (inventory) =>
      judgeWorkloads(
        inventory,
        (workload) =>
          asYamlBoolean(workload.podSpec[host.field]) === true
            ? { status: 'fail', detail: `${workload.kind} ${workload.name} sets ${host.field}: true.` }
            : {
                status: 'pass',
                detail: `${workload.kind} ${workload.name} does not share the host ${host.namespace} namespace.`,
              },
        { userNamespacesOnly: true },
      ),
  }
}

export const hostPid = hostNamespaceControl({
  id: '5.2.3',
  field: 'hostPID',
  namespace: 'process ID',
  severity: 'high',
  attacks: ['T1611'],
})

export const hostIpc = hostNamespaceControl({
  id: '5.2.4',
  field: 'hostIPC',
  namespace: 'IPC',
  severity: 'medium',
  attacks: ['T1611'],
})

export const hostNetwork = hostNamespaceControl({
  id: '5.2.5',
  field: 'hostNetwork',
  namespace: 'network',
  severity: 'high',
  attacks: ['T1040', 'T1557'],
})

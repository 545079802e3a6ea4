/** 5.2.2: a privileged container has every capability and the host's devices: root in it is root on the node. */

import { containerLabel, isPrivilegedContainer } from '#shared/posture/index.ts'
import { type K8sControl, WORKLOAD_SECTIONS } from '../benchmark.ts'
import { judgeProblems, judgeWorkloads } from '../outcomes.ts'

export const privilegedContainers: K8sControl = {
  id: '5.2.2',
  title: 'Minimize the admission of privileged containers',
  severity: 'critical',
  attacks: ['T1611'],
  requirements: ['NIST CSF 2.0 PR.PS-01', 'NIST CSF 2.0 PR.AA-05', 'SOC 2 CC6.1'],
  remediation:
    'Remove securityContext.privileged: true (add only the capabilities the process needs), and enforce the baseline or restricted Pod Security Standard on the namespace (pod-security.kubernetes.io/enforce).',
  references: ['https://kubernetes.io/docs/concepts/security/pod-security-standards/'],
  sections: [...WORKLOAD_SECTIONS],
  evaluate: (inventory) =>
    judgeWorkloads(
      inventory,
      (workload) =>
        judgeProblems(
          workload,
          workload.containers.filter(isPrivilegedContainer).map(containerLabel),
          (list) => `runs privileged: ${list}.`,
          'no container runs privileged.',
        ),
      { userNamespacesOnly: true },
    ),
}

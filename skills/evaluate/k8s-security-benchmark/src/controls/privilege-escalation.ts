/**
 * 5.2.6: unless allowPrivilegeEscalation is false, no_new_privs stays off and a setuid binary or file
 * capability in the image raises the process above what the container was given.
 */

import { allowsPrivilegeEscalation, containerLabel } from '#shared/posture/index.ts'
import { type K8sControl, WORKLOAD_SECTIONS } from '../benchmark.ts'
import { judgeProblems, judgeWorkloads } from '../outcomes.ts'

export const privilegeEscalation: K8sControl = {
  id: '5.2.6',
  title: 'Minimize the admission of containers with allowPrivilegeEscalation',
  severity: 'medium',
  attacks: ['T1548.001', 'T1068'],
  requirements: ['NIST CSF 2.0 PR.PS-01', 'NIST CSF 2.0 PR.AA-05', 'SOC 2 CC6.1'],
  remediation:
    'Set securityContext.allowPrivilegeEscalation: false on every container (the restricted Pod Security Standard requires it).',
  references: ['https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted'],
  sections: [...WORKLOAD_SECTIONS],
  evaluate: (inventory) =>
    judgeWorkloads(
      inventory,
      (workload) =>
        judgeProblems(
          workload,
          workload.containers.filter(allowsPrivilegeEscalation).map(containerLabel),
          (list) => `allowPrivilegeEscalation is not false for ${list}.`,
          'every container sets allowPrivilegeEscalation: false.',
        ),
      { userNamespacesOnly: true },
    ),
}

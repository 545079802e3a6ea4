/** 5.2.7: uid 0 in a container is uid 0 on the node's kernel: one escape or writable host mount away from the node. */

import { containerLabel, rootStatusOf } from '#shared/posture/index.ts'
import { type K8sControl, WORKLOAD_SECTIONS } from '../benchmark.ts'
import { judgeProblems, judgeWorkloads } from '../outcomes.ts'

export const rootContainers: K8sControl = {
  id: '5.2.7',
  title: 'Minimize the admission of root containers',
  severity: 'medium',
  attacks: ['T1611', 'T1068'],
  requirements: ['NIST CSF 2.0 PR.PS-01', 'NIST CSF 2.0 PR.AA-05', 'SOC 2 CC6.1'],
  remediation:
    'Set securityContext.runAsNonRoot: true and a non-zero runAsUser in the pod spec (or on each container), and build images with a non-root USER.',
  references: ['https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted'],
  sections: [...WORKLOAD_SECTIONS],
  evaluate: (inventory) =>
    judgeWorkloads(
      inventory,
      (workload) => {
        const problems: string[] = []
        for (const container of workload.containers) {
          const status = rootStatusOf(workload.podSpec, container)
          if (status === 'root') problems.push(`${containerLabel(container)} (runAsUser 0)`)
          if (status === 'unspecified')
            problems.push(`${containerLabel(container)} (neither runAsNonRoot nor runAsUser)`)
        }
        return judgeProblems(
          workload,
          problems,
          (list) => `may run as root: ${list}.`,
          'every container runs as a non-root user.',
        )
      },
      { userNamespacesOnly: true },
    ),
}

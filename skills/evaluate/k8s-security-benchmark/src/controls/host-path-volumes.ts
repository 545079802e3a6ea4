/**
 * 5.2.12: a hostPath volume mounts the node's filesystem into the pod: kubelet credentials, the container
 * runtime socket, or / itself, depending on the path.
 */
import { asArray, asObject, asString, path } from '#shared/json/index.ts'
import { type K8sControl, WORKLOAD_SECTIONS } from '../benchmark.ts'
import { judgeProblems, judgeWorkloads } from '../outcomes.ts'

export const hostPathVolumes: K8sControl = {
  id: '5.2.12',
  title: 'Minimize the admission of HostPath volumes',
  severity: 'high',
  attacks: ['T1611', 'T1552.001'],
  requirements: ['NIST CSF 2.0 PR.PS-01', 'NIST CSF 2.0 PR.AA-05', 'SOC 2 CC6.1'],
  remediation:
    'Replace hostPath volumes with emptyDir, ConfigMap, Secret, projected or persistent volumes; where a node agent truly needs one, mount it read-only and keep the workload in a namespace of its own.',
  references: ['https://kubernetes.io/docs/concepts/storage/volumes/#hostpath'],
  sections: [...WORKLOAD_SECTIONS],
  evaluate: (inventory) =>
    judgeWorkloads(
      inventory,
      (workload) => {
        const mounts: string[] = []
        for (const item of asArray(workload.podSpec.volumes) ?? []) {
          const hostPath = asString(path(item, 'hostPath', 'path'))
          if (hostPath !== undefined)
            mounts.push(`${asString(asObject(item)?.name) ?? '(unnamed)'} (${hostPath})`)
        }
        return judgeProblems(
          workload,
          mounts,
          (list) => `mounts hostPath volumes: ${list}.`,
          'mounts no hostPath volume.',
        )
      },
      { userNamespacesOnly: true },
    ),
}

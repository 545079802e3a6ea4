/**
 * GPU-1 (CIS Kubernetes 5.2.2 for GPU workloads): GPU jobs are often given privileged mode "to make the GPU
 * work"; it also hands over every other device, every capability and the host's kernel. The device plugin
 * gives a container its GPUs without any privilege.
 */
import { type GpuControl, WORKLOAD_SECTIONS } from '../benchmark.ts'
import { judgeEach, NO_GPU_WORKLOADS } from '../outcomes.ts'

export const privilegedGpuContainers: GpuControl = {
  id: 'GPU-1',
  title: 'GPU workloads do not run privileged containers',
  severity: 'critical',
  attacks: ['T1611', 'AML.T0105'],
  requirements: ['NIST CSF 2.0 PR.PS-01', 'NIST CSF 2.0 PR.AA-05', 'SOC 2 CC6.1'],
  remediation:
    'Remove privileged: true and request GPUs as resources (resources.limits nvidia.com/gpu); enforce the baseline Pod Security Standard on GPU namespaces.',
  references: [
    'https://kubernetes.io/docs/concepts/security/pod-security-standards/',
    'https://github.com/NVIDIA/k8s-device-plugin#readme',
  ],
  sections: [...WORKLOAD_SECTIONS],
  evaluate: (inventory) =>
    judgeEach(inventory, inventory.workloads, NO_GPU_WORKLOADS, (workload) =>
      workload.privileged.length === 0
        ? { status: 'pass', detail: `${workload.kind} ${workload.name}: no container runs privileged.` }
        : {
            status: 'fail',
            detail: `${workload.kind} ${workload.name} runs privileged: ${workload.privileged.join(', ')}.`,
          },
    ),
}

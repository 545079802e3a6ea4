/**
 * GPU-3 (CIS Kubernetes 5.2.4 for GPU workloads): NCCL and CUDA IPC are often made to work by sharing the
 * host's IPC namespace; the pod then shares System V and POSIX shared memory with every process on the
 * node, other tenants' training jobs included.
 */
import { type GpuControl, WORKLOAD_SECTIONS } from '../benchmark.ts'
import { judgeEach, NO_GPU_WORKLOADS } from '../outcomes.ts'

export const hostIpc: GpuControl = {
  id: 'GPU-3',
  title: "GPU workloads do not share the host's IPC namespace",
  severity: 'high',
  attacks: ['T1611', 'T1005'],
  requirements: ['NIST CSF 2.0 PR.PS-01', 'SOC 2 CC6.1'],
  remediation:
    'Remove hostIPC: true; give the pod a memory-backed emptyDir at /dev/shm with a sizeLimit for NCCL instead.',
  references: [
    'https://kubernetes.io/docs/concepts/security/pod-security-standards/',
    'https://docs.nvidia.com/deeplearning/nccl/user-guide/docs/troubleshooting.html',
  ],
  sections: [...WORKLOAD_SECTIONS],
  evaluate: (inventory) =>
    judgeEach(inventory, inventory.workloads, NO_GPU_WORKLOADS, (workload) =>
      workload.hostIpc
        ? { status: 'fail', detail: `${workload.kind} ${workload.name} sets hostIPC: true.` }
        : { status: 'pass', detail: `${workload.kind} ${workload.name} keeps its own IPC namespace.` },
    ),
}

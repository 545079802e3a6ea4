/**
 * GPU-8: a memory-backed emptyDir without a sizeLimit can grow to the node's allocatable memory, and a
 * hostPath /dev/shm is the node's own; either lets one job starve every other pod on an expensive GPU node.
 */
import { type GpuControl, WORKLOAD_SECTIONS } from '../benchmark.ts'
import { judgeEach, NO_GPU_WORKLOADS } from '../outcomes.ts'

export const sharedMemoryLimits: GpuControl = {
  id: 'GPU-8',
  title: 'Shared memory (/dev/shm) of GPU workloads is size limited',
  severity: 'medium',
  attacks: ['T1499', 'AML.T0029'],
  requirements: ['NIST CSF 2.0 PR.IR-04', 'SOC 2 A1.1'],
  remediation:
    "Set sizeLimit on memory-backed emptyDir volumes (emptyDir: {medium: Memory, sizeLimit: 16Gi}) and set memory limits on the containers; never mount the host's /dev/shm.",
  references: ['https://kubernetes.io/docs/concepts/storage/volumes/#emptydir'],
  sections: [...WORKLOAD_SECTIONS],
  evaluate: (inventory) =>
    judgeEach(inventory, inventory.workloads, NO_GPU_WORKLOADS, (workload) => {
      const name = `${workload.kind} ${workload.name}`
      const unbounded = workload.memoryVolumes.filter((volume) => !volume.bounded)
      if (unbounded.length > 0)
        return { status: 'fail', detail: `${name}: ${unbounded.map((volume) => volume.how).join('; ')}.` }
      if (workload.memoryVolumes.length === 0)
        return {
          status: 'pass',
          detail: `${name} mounts no memory-backed volume, so /dev/shm keeps the runtime's default size.`,
        }
      return {
        status: 'pass',
        detail: `${name}: ${workload.memoryVolumes.map((volume) => volume.how).join('; ')}.`,
      }
    }),
}

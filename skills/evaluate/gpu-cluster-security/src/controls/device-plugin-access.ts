/**
 * GPU-2: a GPU reached through a /dev/nvidia* host path, or claimed by setting NVIDIA_VISIBLE_DEVICES by
 * hand, bypasses the device plugin's allocation: the pod can use GPUs the scheduler gave to another tenant,
 * and read what they leave in GPU memory.
 */
import { type GpuControl, WORKLOAD_SECTIONS } from '../benchmark.ts'
import { judgeEach, NO_GPU_WORKLOADS } from '../outcomes.ts'

export const devicePluginAccess: GpuControl = {
  id: 'GPU-2',
  title: 'GPU workloads get GPUs through the device plugin, not host device paths',
  severity: 'high',
  attacks: ['T1611', 'AML.T0105'],
  requirements: ['NIST CSF 2.0 PR.AA-05', 'SOC 2 CC6.1'],
  remediation:
    'Request GPUs as resources (nvidia.com/gpu) and remove hostPath mounts of /dev or /dev/nvidia*; stop setting NVIDIA_VISIBLE_DEVICES in pod specs, and have the device plugin pass devices as volume mounts with the container toolkit refusing the variable from unprivileged containers (accept-nvidia-visible-devices-envvar-when-unprivileged = false).',
  references: [
    'https://github.com/NVIDIA/k8s-device-plugin#readme',
    'https://docs.nvidia.com/datacenter/cloud-native/gpu-operator/latest/getting-started.html',
    'https://kubernetes.io/docs/concepts/storage/volumes/#hostpath',
  ],
  sections: [...WORKLOAD_SECTIONS],
  evaluate: (inventory) =>
    judgeEach(inventory, inventory.workloads, NO_GPU_WORKLOADS, (workload) =>
      workload.rawGpuAccess.length === 0
        ? {
            status: 'pass',
            detail: `${workload.kind} ${workload.name} gets GPUs only through device plugin resources.`,
          }
        : {
            status: 'fail',
            detail: `${workload.kind} ${workload.name} reaches GPUs around the device plugin: ${workload.rawGpuAccess.join('; ')}.`,
          },
    ),
}

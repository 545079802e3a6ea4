/**
 * GPU-5: a CUDA container image past its end of life no longer gets fixes for the CUDA libraries or the
 * operating system under them; NVIDIA ends an image's support with the driver branch its toolkit shipped with.
 */
import { judgeEvidence } from '#shared/posture/index.ts'
import { type GpuControl, WORKLOAD_SECTIONS } from '../benchmark.ts'
import { cudaVerdict } from '../cuda-status.ts'
import { judgeEach, NO_GPU_WORKLOADS } from '../outcomes.ts'

export const cudaSupport: GpuControl = {
  id: 'GPU-5',
  title: 'GPU workloads use a CUDA version that is still supported',
  severity: 'medium',
  requirements: ['NIST CSF 2.0 ID.RA-01', 'NIST CSF 2.0 PR.PS-02', 'SOC 2 CC7.1'],
  remediation:
    'Rebuild on a CUDA release whose driver branch is supported (a Long Term Support or Production Branch), for example CUDA 13.0 images on R580.',
  references: [
    'https://gitlab.com/nvidia/container-images/cuda/-/blob/master/doc/support-policy.md',
    'https://docs.nvidia.com/cuda/cuda-toolkit-release-notes/index.html',
    'https://docs.nvidia.com/datacenter/tesla/drivers/620/supported-drivers-and-cuda-toolkit-versions.html',
  ],
  sections: [...WORKLOAD_SECTIONS],
  evaluate: (inventory) =>
    judgeEach(inventory, inventory.workloads, NO_GPU_WORKLOADS, (workload) => {
      const name = `${workload.kind} ${workload.name}`
      return judgeEvidence(name, workload.cudaVersions, (versions) => {
        const verdicts = versions.map(({ version, via }) => cudaVerdict(version, via, inventory.evaluatedAt))
        const failed = verdicts.filter((verdict) => verdict.status === 'fail')
        const unknowns = verdicts.filter((verdict) => verdict.status === 'unknown')
        if (failed.length > 0)
          return { status: 'fail', detail: `${name}: ${failed.map((verdict) => verdict.detail).join('; ')}.` }
        if (unknowns.length > 0)
          return {
            status: 'unknown',
            detail: `${name}: ${unknowns.map((verdict) => verdict.detail).join('; ')}.`,
          }
        return { status: 'pass', detail: `${name}: ${verdicts.map((verdict) => verdict.detail).join('; ')}.` }
      })
    }),
}

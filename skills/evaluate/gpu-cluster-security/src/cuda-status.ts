/**
 * A CUDA version against NVIDIA's support: a CUDA Toolkit's container images reach end of life with the
 * driver branch the toolkit shipped with, and from then on get no fixes (the CUDA image support policy).
 */
import { branchSupportAt, CUDA_SHIPPING_BRANCH } from './data/driver-branches.ts'

export interface CudaVerdict {
  readonly status: 'pass' | 'fail' | 'unknown'
  readonly detail: string
}

export function cudaVerdict(version: string, via: string, time: number): CudaVerdict {
  const minor = /^(\d+\.\d+)/.exec(version)?.[1]
  const branch = minor === undefined ? undefined : CUDA_SHIPPING_BRANCH[minor]
  if (branch === undefined)
    return {
      status: 'unknown',
      detail: `CUDA ${version} (${via}) is not in the table of CUDA releases and the driver branch each shipped with`,
    }
  const support = branchSupportAt(branch, time)
  if (support.supported === true)
    return {
      status: 'pass',
      detail: `CUDA ${version} (${via}) shipped with R${branch}, supported until ${support.until}`,
    }
  if (support.supported === false)
    return {
      status: 'fail',
      detail: `CUDA ${version} (${via}) shipped with R${branch}: ${support.why}, so its images get no more fixes`,
    }
  return { status: 'unknown', detail: `CUDA ${version} (${via}) shipped with R${branch}: ${support.why}` }
}

/** CUDA versions against the branch each toolkit shipped with and that branch's end of life. */
import { describe, expect, it } from 'vitest'
import { cudaVerdict } from '../src/cuda-status.ts'
import { MARCH_2026 } from './inventory-of.ts'

describe('cudaVerdict', () => {
  it.each([
    ['12.2.2', MARCH_2026, 'pass'],
    ['12.2', Date.UTC(2026, 6, 1), 'fail'],
    ['13.0.1', MARCH_2026, 'pass'],
    ['12.4.1', MARCH_2026, 'fail'],
    ['12.8.0', MARCH_2026, 'fail'],
    ['11.8.0', MARCH_2026, 'fail'],
    ['13.5.0', MARCH_2026, 'unknown'],
  ])('CUDA %s at %s is %s', (version, time, status) => {
    expect(cudaVerdict(version, 'image x', time).status).toBe(status)
  })

  it('names the branch and why', () => {
    expect(cudaVerdict('12.4.1', 'container c image nvidia/cuda:12.4.1-base', MARCH_2026).detail).toBe(
      'CUDA 12.4.1 (container c image nvidia/cuda:12.4.1-base) shipped with R550: R550 was end of life by 2025-08, so its images get no more fixes',
    )
  })
})

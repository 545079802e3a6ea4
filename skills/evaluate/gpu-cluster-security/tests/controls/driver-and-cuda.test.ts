/** GPU-4 and GPU-5: drivers from node labels and config, CUDA from image tags and config. */
import { describe, expect, it } from 'vitest'
import { cudaSupport } from '../../src/controls/cuda-support.ts'
import { driverVulnerabilities } from '../../src/controls/driver-vulnerabilities.ts'
import { gpuContainer, gpuJob, onlyOutcome, statusesOf } from '../inventory-of.ts'

const node = (name: string, labels: string) => `apiVersion: v1
kind: Node
metadata: {name: ${name}, labels: {${labels}}}
---
`

describe('GPU-4 driver vulnerabilities', () => {
  it('reads the driver version from GPU Feature Discovery labels, in either form', () => {
    const yaml = [
      node(
        'split',
        'nvidia.com/gpu.present: "true", nvidia.com/cuda.driver.major: "580", nvidia.com/cuda.driver.minor: "178", nvidia.com/cuda.driver.rev: "04"',
      ),
      node('full', 'nvidia.com/gpu.present: "true", nvidia.com/cuda.driver-version.full: 580.95.05'),
      node('unlabelled', 'nvidia.com/gpu.present: "true"'),
      node('cpu-only', 'kubernetes.io/os: linux'),
    ].join('')
    expect(statusesOf(driverVulnerabilities, yaml)).toEqual([
      'split: pass',
      'full: fail',
      'unlabelled: unknown',
    ])
  })

  it('treats a node with nvidia.com capacity as a GPU node', () => {
    const yaml =
      'apiVersion: v1\nkind: Node\nmetadata: {name: n1}\nstatus: {capacity: {nvidia.com/gpu: "8"}}\n'
    expect(onlyOutcome(driverVulnerabilities, yaml)).toEqual({
      status: 'unknown',
      detail:
        'Node n1: it carries no GPU Feature Discovery driver labels (nvidia.com/cuda.driver.major, .minor, .rev).',
    })
  })

  it('reads config node pools', () => {
    const config =
      'nodes:\n  - {name: pool-a, driver_version: "580.178.04"}\n  - {name: pool-b, driver_version: "535.183.01"}\n  - {name: pool-c}\n'
    expect(statusesOf(driverVulnerabilities, config)).toEqual([
      'pool-a: pass',
      'pool-b: fail',
      'pool-c: unknown',
    ])
  })

  it('does not apply without GPU nodes', () => {
    expect(onlyOutcome(driverVulnerabilities, gpuJob(gpuContainer())).status).toBe('not-applicable')
  })
})

describe('GPU-5 CUDA support', () => {
  it.each([
    ['nvcr.io/nvidia/cuda:12.2.2-runtime-ubuntu22.04', 'pass'],
    ['nvidia/cuda:13.0.0-base-ubuntu24.04', 'pass'],
    ['nvidia/cuda:12.4.1-devel-ubuntu22.04', 'fail'],
    ['nvcr.io/nvidia/pytorch:24.05-py3', 'unknown'],
    ['registry.example.com/nvidia/cuda:12.2.2-base', 'unknown'],
  ])('%s is %s', (image, expected) => {
    expect(onlyOutcome(cudaSupport, gpuJob(gpuContainer('', image))).status).toBe(expected)
  })

  it('fails a workload when any of its images is past end of life', () => {
    const podSpec = `initContainers: [{name: prep, image: "nvidia/cuda:12.4.1-base-ubuntu22.04"}]\n${gpuContainer()}`
    expect(onlyOutcome(cudaSupport, gpuJob(podSpec)).status).toBe('fail')
  })

  it.each([
    ['cuda_version: "12.2"', 'pass'],
    ['cuda_version: "11.8"', 'fail'],
    ['gpu_access: device-plugin', 'unknown'],
  ])('config %s is %s', (field, expected) => {
    expect(onlyOutcome(cudaSupport, `workloads:\n  - {name: train, ${field}}\n`).status).toBe(expected)
  })
})

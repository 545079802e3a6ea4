/** GPU-1, GPU-2, GPU-3 and GPU-8: what a GPU workload's pod spec lets it reach on the node. */
import { describe, expect, it } from 'vitest'
import { devicePluginAccess } from '../../src/controls/device-plugin-access.ts'
import { hostIpc } from '../../src/controls/host-ipc.ts'
import { privilegedGpuContainers } from '../../src/controls/privileged-gpu-containers.ts'
import { sharedMemoryLimits } from '../../src/controls/shared-memory-limits.ts'
import { gpuContainer, gpuJob, onlyOutcome } from '../inventory-of.ts'

describe('GPU-1 privileged GPU containers', () => {
  it.each([
    ['a plain GPU container', gpuContainer(), 'pass'],
    ['privileged: true', gpuContainer('securityContext: {privileged: true}'), 'fail'],
    ['privileged: yes', gpuContainer('securityContext: {privileged: yes}'), 'fail'],
  ])('%s', (_name, podSpec, expected) => {
    expect(onlyOutcome(privilegedGpuContainers, gpuJob(podSpec)).status).toBe(expected)
  })

  it('reads a config workload', () => {
    const config = 'workloads:\n  - {name: train, namespace: team-a, privileged: true}\n'
    expect(onlyOutcome(privilegedGpuContainers, config)).toEqual({
      status: 'fail',
      detail: 'workload team-a/train runs privileged: the config sets privileged: true.',
    })
  })

  it('does not apply without GPU workloads, and leaves out workloads without GPUs', () => {
    const web = gpuJob('containers: [{name: web, image: "nginx:1.27", securityContext: {privileged: true}}]')
    expect(onlyOutcome(privilegedGpuContainers, web)).toEqual({
      status: 'not-applicable',
      detail:
        'The input holds no GPU workload (a pod spec requesting nvidia.com resources or mapping NVIDIA devices).',
    })
  })
})

describe('GPU-2 GPUs only through the device plugin', () => {
  it.each([
    ['a resource request', gpuContainer(), 'pass'],
    ['NVIDIA_VISIBLE_DEVICES=all', gpuContainer('env: [{name: NVIDIA_VISIBLE_DEVICES, value: all}]'), 'fail'],
    [
      'NVIDIA_VISIBLE_DEVICES=void',
      gpuContainer('env: [{name: NVIDIA_VISIBLE_DEVICES, value: void}]'),
      'pass',
    ],
    [
      'NVIDIA_VISIBLE_DEVICES from a reference',
      gpuContainer(
        'env: [{name: NVIDIA_VISIBLE_DEVICES, valueFrom: {fieldRef: {fieldPath: metadata.name}}}]',
      ),
      'fail',
    ],
    [
      'a /dev/nvidia0 host path',
      `${gpuContainer()}\nvolumes: [{name: gpu, hostPath: {path: /dev/nvidia0}}]`,
      'fail',
    ],
    ['the whole of /dev', `${gpuContainer()}\nvolumes: [{name: dev, hostPath: {path: /dev}}]`, 'fail'],
    [
      'an unrelated host path',
      `${gpuContainer()}\nvolumes: [{name: logs, hostPath: {path: /var/log}}]`,
      'pass',
    ],
  ])('%s', (_name, podSpec, expected) => {
    expect(onlyOutcome(devicePluginAccess, gpuJob(podSpec)).status).toBe(expected)
  })

  it('counts a workload that maps devices without requesting GPUs as a GPU workload', () => {
    const podSpec =
      'containers: [{name: c, image: "x:1"}]\nvolumes: [{name: gpu, hostPath: {path: /dev/nvidiactl}}]'
    expect(onlyOutcome(devicePluginAccess, gpuJob(podSpec)).detail).toBe(
      'Job team-a/train reaches GPUs around the device plugin: hostPath /dev/nvidiactl (volume gpu).',
    )
  })

  it.each([
    ['device-plugin', 'pass'],
    ['host-devices', 'fail'],
  ])('config gpu_access %s is %s', (access, expected) => {
    const config = `workloads:\n  - {name: train, gpu_access: ${access}}\n`
    expect(onlyOutcome(devicePluginAccess, config).status).toBe(expected)
  })
})

describe('GPU-3 host IPC', () => {
  it.each([
    ['hostIPC: true', `hostIPC: true\n${gpuContainer()}`, 'fail'],
    ['no hostIPC', gpuContainer(), 'pass'],
    ['config host_ipc', 'workloads:\n  - {name: train, host_ipc: true}', 'fail'],
  ])('%s', (_name, input, expected) => {
    const yaml = input.startsWith('workloads') ? input : gpuJob(input)
    expect(onlyOutcome(hostIpc, yaml).status).toBe(expected)
  })
})

describe('GPU-8 shared memory limits', () => {
  it.each([
    ['no memory-backed volume', gpuContainer(), 'pass'],
    [
      'an emptyDir in memory with a sizeLimit',
      `${gpuContainer()}\nvolumes: [{name: shm, emptyDir: {medium: Memory, sizeLimit: 16Gi}}]`,
      'pass',
    ],
    [
      'an emptyDir in memory without one',
      `${gpuContainer()}\nvolumes: [{name: shm, emptyDir: {medium: Memory}}]`,
      'fail',
    ],
    ['a disk emptyDir', `${gpuContainer()}\nvolumes: [{name: scratch, emptyDir: {}}]`, 'pass'],
    ["the node's /dev/shm", `${gpuContainer()}\nvolumes: [{name: shm, hostPath: {path: /dev/shm}}]`, 'fail'],
  ])('%s', (_name, podSpec, expected) => {
    expect(onlyOutcome(sharedMemoryLimits, gpuJob(podSpec)).status).toBe(expected)
  })

  it.each([
    ['{size_limit: 16Gi}', 'pass'],
    ['{medium: Memory}', 'fail'],
    ['{host: true}', 'fail'],
  ])('config shared_memory %s is %s', (memory, expected) => {
    expect(
      onlyOutcome(sharedMemoryLimits, `workloads:\n  - {name: train, shared_memory: ${memory}}\n`).status,
    ).toBe(expected)
  })
})

/** GPU-6: RDMA adapters shared across tenants, on the host network, or isolated by SR-IOV. */
import { describe, expect, it } from 'vitest'
import { rdmaIsolation } from '../../src/controls/rdma-isolation.ts'
import { gpuJob, onlyOutcome, statusesOf } from '../inventory-of.ts'

const rdmaJob = (namespace: string, resources: string, extra = '') =>
  gpuJob(
    `${extra}containers: [{name: trainer, image: "x:1", resources: {limits: {nvidia.com/gpu: 8, ${resources}}}, securityContext: {capabilities: {add: [IPC_LOCK]}}}]`,
    namespace,
    `train-${namespace}`,
  )

describe('GPU-6 RDMA tenant isolation', () => {
  it('fails a shared adapter that two namespaces use, on both sides', () => {
    const yaml = `${rdmaJob('team-a', 'rdma/hca_shared_devices_a: 1')}---\n${rdmaJob('team-b', 'rdma/hca_shared_devices_a: 1')}`
    expect(statusesOf(rdmaIsolation, yaml)).toEqual(['train-team-a: fail', 'train-team-b: fail'])
  })

  it('passes a shared adapter that one namespace uses', () => {
    expect(onlyOutcome(rdmaIsolation, rdmaJob('team-a', 'rdma/hca_shared_devices_a: 1'))).toEqual({
      status: 'pass',
      detail:
        'Job team-a/train-team-a uses the shared adapter rdma/hca_shared_devices_a, which no other namespace in the input uses.',
    })
  })

  it('passes SR-IOV virtual functions', () => {
    expect(onlyOutcome(rdmaIsolation, rdmaJob('team-a', 'nvidia.com/sriov_rdma_vf: 1')).status).toBe('pass')
  })

  it('fails RDMA on the host network', () => {
    const outcome = onlyOutcome(
      rdmaIsolation,
      rdmaJob('team-a', 'nvidia.com/hostdev: 1', 'hostNetwork: true\n'),
    )
    expect(outcome.status).toBe('fail')
    expect(outcome.detail).toContain("sharing the node's adapters and traffic with every tenant")
  })

  it('fails adapters mounted from the host', () => {
    const yaml = gpuJob(
      'containers: [{name: t, image: "x:1", resources: {limits: {nvidia.com/gpu: 1}}}]\nvolumes: [{name: ib, hostPath: {path: /dev/infiniband}}]',
    )
    expect(onlyOutcome(rdmaIsolation, yaml).status).toBe('fail')
  })

  it('does not apply to a GPU workload without RDMA, nor count host networking alone as RDMA', () => {
    const yaml = gpuJob(
      'hostNetwork: true\ncontainers: [{name: t, image: "x:1", resources: {limits: {nvidia.com/gpu: 1}}}]',
    )
    expect(onlyOutcome(rdmaIsolation, yaml).status).toBe('not-applicable')
  })

  it.each([
    ['sriov', 'pass'],
    ['host-network', 'fail'],
    ['none', 'not-applicable'],
  ])('config rdma %s is %s', (mode, expected) => {
    expect(onlyOutcome(rdmaIsolation, `workloads:\n  - {name: train, rdma: ${mode}}\n`).status).toBe(expected)
  })
})

import { describe, expect, it } from 'vitest'
import { hostPathVolumes } from '../../src/controls/host-path-volumes.ts'
import { deployment, onlyOutcome } from '../inventory-of.ts'

describe('5.2.12 hostPath volumes', () => {
  it('fails on a hostPath volume and names its path', () => {
    const podSpec =
      'containers: [{name: app, image: "a:1"}]\nvolumes: [{name: runtime, hostPath: {path: /run/containerd/containerd.sock}}, {name: tmp, emptyDir: {}}]'
    expect(onlyOutcome(hostPathVolumes, deployment(podSpec))).toEqual({
      status: 'fail',
      detail: 'Deployment app: mounts hostPath volumes: runtime (/run/containerd/containerd.sock).',
    })
  })

  it('passes with other volume types only', () => {
    const podSpec =
      'containers: [{name: app, image: "a:1"}]\nvolumes: [{name: tmp, emptyDir: {}}, {name: cfg, configMap: {name: c}}]'
    expect(onlyOutcome(hostPathVolumes, deployment(podSpec)).status).toBe('pass')
  })
})

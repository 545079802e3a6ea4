/** What a host path exposes: listed paths, what lies below them, their parents, and harmless public data. */
import { describe, expect, it } from 'vitest'
import { hostPathRisk } from '../../src/mappings/host-paths.ts'

describe('host path risk', () => {
  it.each([
    ['/', 'critical'],
    ['/var/run/docker.sock', 'critical'],
    ['/run/containerd/containerd.sock', 'critical'],
    ['/var', 'critical'],
    ['/run/', 'critical'],
    ['/etc', 'high'],
    ['/etc/kubernetes/pki', 'high'],
    ['/var/lib/kubelet/pods', 'high'],
    ['/var/lib//kubelet/', 'high'],
    ['/var/lib', 'high'],
    ['/proc/sys/kernel', 'high'],
    ['/home/ubuntu/.ssh', 'high'],
    ['/var/log/pods', 'high'],
    ['/mnt/data', 'low'],
    ['/opt/cni/bin', 'low'],
    ['/etc/../var/run/docker.sock', 'critical'],
  ])('%s is %s', (hostPath, severity) => {
    expect(hostPathRisk(hostPath)?.severity).toBe(severity)
  })

  it.each(['/etc/localtime', '/usr/share/zoneinfo/UTC', '/etc/ssl/certs', '/etc/ssl/certs/'])(
    '%s is public data, not reported',
    (hostPath) => {
      expect(hostPathRisk(hostPath)).toBeUndefined()
    },
  )

  it('does not mistake a sibling with a shared prefix for a listed directory', () => {
    expect(hostPathRisk('/etcetera')?.severity).toBe('low')
    expect(hostPathRisk('/var/lib/kubelet-backup')?.severity).toBe('low')
  })
})

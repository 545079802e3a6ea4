import { describe, expect, it } from 'vitest'
import { isInspectArray, readInspectEntry } from '../src/inspect-reader.ts'
import { inspectTarget } from './targets-of.ts'

describe('docker inspect entries', () => {
  it('reads an image: user, health check and environment, no runtime and no base image', () => {
    const image = inspectTarget({
      Id: 'sha256:abc',
      RepoTags: ['shop/web:1.2'],
      Config: {
        User: 'app',
        Env: ['PATH=/bin', 'MODE=prod'],
        Healthcheck: { Test: ['CMD-SHELL', 'curl -f localhost'] },
      },
      RootFS: { Type: 'layers' },
    })
    expect(image).toMatchObject({
      form: 'image',
      resource: { uid: 'sha256:abc', name: 'shop/web:1.2', type: 'Container image' },
      user: { value: 'app' },
      healthcheck: { value: 'set' },
    })
    expect(image.runtime).toBeUndefined()
    expect(image.image).toBeUndefined()
    expect(image.environment?.map((entry) => entry.name)).toEqual(['PATH', 'MODE'])
  })

  it('reads a container: the image it runs and how it runs', () => {
    const container = inspectTarget({
      Id: 'c0ffee',
      Name: '/web-1',
      Config: { User: '', Image: 'shop/web', Healthcheck: { Test: ['NONE'] } },
      HostConfig: {
        Privileged: true,
        CapAdd: ['SYS_ADMIN'],
        ReadonlyRootfs: false,
        Memory: 0,
        NanoCpus: 0,
        CpuShares: 1024,
        NetworkMode: 'host',
        PidMode: 'host',
        SecurityOpt: ['no-new-privileges'],
        Binds: ['/var/run/docker.sock:/var/run/docker.sock:ro'],
      },
      Mounts: [
        { Type: 'bind', Source: '/var/run/docker.sock' },
        { Type: 'volume', Source: '/var/lib/docker/volumes/x' },
      ],
      State: { Running: true },
    })
    expect(container).toMatchObject({
      form: 'container',
      resource: { uid: 'c0ffee', name: 'web-1', type: 'Container' },
      image: { value: 'shop/web' },
      healthcheck: { value: 'disabled' },
    })
    expect(container.runtime).toMatchObject({
      privileged: { value: true },
      capAdd: { value: ['SYS_ADMIN'] },
      memoryLimit: { value: undefined },
      cpuLimit: { value: undefined },
      networkMode: { value: 'host' },
      pidMode: { value: 'host' },
      hostMounts: { value: ['/var/run/docker.sock'] },
    })
  })

  it('recognises inspect output and refuses other JSON', () => {
    expect(isInspectArray([{ Id: 'x', Config: {} }])).toBe(true)
    expect(isInspectArray([{ kind: 'Pod' }])).toBe(false)
    expect(isInspectArray({ Id: 'x', Config: {} })).toBe(false)
    expect(readInspectEntry({ Id: 'x' }, 'f', 1)).toBeUndefined()
  })
})

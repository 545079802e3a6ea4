import { describe, expect, it } from 'vitest'
import { composeTargets } from './targets-of.ts'

describe('readComposeServices', () => {
  it('reads each service at the line of its key, with the line of each runtime key', () => {
    const [web] = composeTargets(
      'services:\n  web:\n    image: nginx:1.25\n    privileged: true\n    read_only: yes\n    user: 1000\n',
    )
    expect(web).toMatchObject({
      form: 'compose service',
      resource: { uid: 'compose.yaml#services.web', name: 'web', type: 'Compose service' },
      line: 2,
      image: { value: 'nginx:1.25', line: 3 },
      user: { value: '1000', line: 6 },
    })
    expect(web?.runtime?.privileged).toEqual({ value: true, line: 4 })
    expect(web?.runtime?.readOnlyRootfs).toEqual({ value: true, line: 5 })
  })

  it('keeps `user: 1000:1000` a string (YAML 1.2 has no sexagesimal numbers)', () => {
    const [web] = composeTargets('services:\n  web:\n    image: a:1\n    user: 1000:1000\n')
    expect(web?.user?.value).toBe('1000:1000')
  })

  it('resolves interpolation defaults and leaves the rest as written', () => {
    const [a, b] = composeTargets(
      `services:\n  a:\n    image: shop/a:\${TAG:-1.4.2}\n  b:\n    image: shop/b:\${TAG}\n`,
    )
    expect(a?.image?.value).toBe('shop/a:1.4.2')
    expect(b?.image?.value).toBe(`shop/b:\${TAG}`)
  })

  it('does not judge the image of a service it builds', () => {
    const [worker] = composeTargets(
      'services:\n  worker:\n    build: ./worker\n    image: shop/worker:latest\n',
    )
    expect(worker?.image).toBeUndefined()
    expect(worker?.imageNote).toContain('built from a Dockerfile')
  })

  it('reads environment as a map and as a list', () => {
    const [a, b] = composeTargets(
      'services:\n  a:\n    environment: {A: "1", B: }\n  b:\n    environment: [C=3, D]\n',
    )
    expect(a?.environment?.map((entry) => [entry.name, entry.value])).toEqual([
      ['A', '1'],
      ['B', undefined],
    ])
    expect(b?.environment?.map((entry) => [entry.name, entry.value, entry.line])).toEqual([
      ['C', '3', 5],
      ['D', undefined, 5],
    ])
  })

  it('reads limits from the service keys and from deploy.resources, ignoring defaults that limit nothing', () => {
    const [a, b, c] = composeTargets(
      'services:\n  a:\n    mem_limit: 512m\n    cpus: 1.5\n  b:\n    deploy: {resources: {limits: {memory: 256M, cpus: "0.5"}}}\n  c:\n    cpu_shares: 1024\n    mem_limit: 0\n',
    )
    expect([a?.runtime?.memoryLimit.value, a?.runtime?.cpuLimit.value]).toEqual([
      'mem_limit 512m',
      'cpus 1.5',
    ])
    expect([b?.runtime?.memoryLimit.value, b?.runtime?.cpuLimit.value]).toEqual([
      'deploy.resources.limits.memory 256M',
      'deploy.resources.limits.cpus 0.5',
    ])
    expect([c?.runtime?.memoryLimit.value, c?.runtime?.cpuLimit.value]).toEqual([undefined, undefined])
  })

  it('reads bind mounts in short and long syntax, not named volumes', () => {
    const [a] = composeTargets(
      'services:\n  a:\n    volumes:\n      - data:/var/lib/data\n      - ./conf:/etc/app:ro\n      - {type: bind, source: /var/run/docker.sock, target: /var/run/docker.sock}\n      - {type: volume, source: cache, target: /cache}\n',
    )
    expect(a?.runtime?.hostMounts.value).toEqual(['./conf', '/var/run/docker.sock'])
  })

  it('reads a disabled health check', () => {
    const [a, b] = composeTargets(
      'services:\n  a:\n    healthcheck: {disable: true}\n  b:\n    healthcheck: {test: [NONE]}\n',
    )
    expect([a?.healthcheck?.value, b?.healthcheck?.value]).toEqual(['disabled', 'disabled'])
  })
})

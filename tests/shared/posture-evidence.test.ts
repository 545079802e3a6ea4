/** shared/posture evidence and container security settings: facts a control judges, never a silent pass. */
import { describe, expect, it } from 'vitest'
import { containersOf } from '#shared/k8s/index.ts'
import {
  containerLabel,
  hasReadOnlyRoot,
  isPrivilegedContainer,
  judgeEvidence,
  known,
  notApplicable,
  rootStatusOf,
  unknown,
} from '#shared/posture/index.ts'

describe('judgeEvidence', () => {
  const judge = (value: number) =>
    value > 0
      ? { status: 'pass' as const, detail: 'positive' }
      : { status: 'fail' as const, detail: 'not positive' }

  it('hands a known value to the judgement, with the line that states it', () => {
    expect(judgeEvidence('endpoint chat', known(3, 12), judge)).toEqual({
      status: 'pass',
      detail: 'positive',
      line: 12,
    })
    expect(judgeEvidence('endpoint chat', known(0), judge)).toEqual({
      status: 'fail',
      detail: 'not positive',
    })
  })

  it('turns unknown and not-applicable facts into those outcomes with the reason', () => {
    expect(judgeEvidence('endpoint chat', unknown<number>('the config does not say'), judge)).toEqual({
      status: 'unknown',
      detail: 'endpoint chat: the config does not say.',
    })
    expect(judgeEvidence('endpoint chat', notApplicable<number>('it has no container'), judge)).toEqual({
      status: 'not-applicable',
      detail: 'endpoint chat: it has no container.',
    })
  })
})

function only(podSpec: Record<string, unknown>) {
  const [container] = containersOf(podSpec)
  if (container === undefined) throw new Error('no container')
  return container
}

describe('container security settings', () => {
  it('reads privileged and readOnlyRootFilesystem as Kubernetes does, YAML 1.1 booleans included', () => {
    expect(
      isPrivilegedContainer(only({ containers: [{ name: 'a', securityContext: { privileged: true } }] })),
    ).toBe(true)
    expect(
      isPrivilegedContainer(only({ containers: [{ name: 'a', securityContext: { privileged: 'yes' } }] })),
    ).toBe(true)
    expect(isPrivilegedContainer(only({ containers: [{ name: 'a' }] }))).toBe(false)
    expect(
      hasReadOnlyRoot(
        only({ containers: [{ name: 'a', securityContext: { readOnlyRootFilesystem: true } }] }),
      ),
    ).toBe(true)
    expect(
      hasReadOnlyRoot(
        only({ containers: [{ name: 'a', securityContext: { readOnlyRootFilesystem: false } }] }),
      ),
    ).toBe(false)
  })

  it.each([
    [
      'runAsUser 0 on the container',
      { containers: [{ name: 'a', securityContext: { runAsUser: 0 } }] },
      'root',
    ],
    [
      'runAsUser 0 on the pod, inherited',
      { securityContext: { runAsUser: 0 }, containers: [{ name: 'a' }] },
      'root',
    ],
    [
      "the container's runAsUser over the pod's",
      {
        securityContext: { runAsUser: 0 },
        containers: [{ name: 'a', securityContext: { runAsUser: 1000 } }],
      },
      'non-root',
    ],
    [
      'runAsNonRoot on the pod',
      { securityContext: { runAsNonRoot: true }, containers: [{ name: 'a' }] },
      'non-root',
    ],
    [
      'a non-zero runAsUser',
      { containers: [{ name: 'a', securityContext: { runAsUser: 65532 } }] },
      'non-root',
    ],
    ['neither, leaving it to the image', { containers: [{ name: 'a' }] }, 'unspecified'],
  ])('%s: %s', (_name, podSpec, expected) => {
    expect(rootStatusOf(podSpec, only(podSpec))).toBe(expected)
  })

  it('names a container by its role', () => {
    expect(containerLabel(only({ initContainers: [{ name: 'setup' }] }))).toBe('init container setup')
  })
})

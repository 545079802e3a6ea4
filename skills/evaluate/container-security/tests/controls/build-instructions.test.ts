import { describe, expect, it } from 'vitest'
import { copyInsteadOfAdd } from '../../src/controls/copy-instead-of-add.ts'
import { healthcheck } from '../../src/controls/healthcheck.ts'
import { composeTargets, dockerfileTarget, inspectTarget, verdictOf } from '../targets-of.ts'

describe('4.6 HEALTHCHECK', () => {
  it.each([
    [
      'a HEALTHCHECK in the final stage',
      dockerfileTarget('FROM a:1\nHEALTHCHECK CMD wget -q -O- localhost\n'),
      'pass',
    ],
    ['HEALTHCHECK NONE', dockerfileTarget('FROM a:1\nHEALTHCHECK NONE\n'), 'fail'],
    ['none at all', dockerfileTarget('FROM a:1\n'), 'fail'],
    [
      'a HEALTHCHECK only in a build stage',
      dockerfileTarget('FROM a:1 AS b\nHEALTHCHECK CMD true\nFROM c:1\n'),
      'fail',
    ],
    [
      'a service healthcheck',
      composeTargets('services:\n  a: {healthcheck: {test: [CMD, "true"]}}\n')[0],
      'pass',
    ],
    [
      'an image without Healthcheck',
      inspectTarget({ Id: 'sha256:1', RepoTags: [], Config: { Healthcheck: null } }),
      'fail',
    ],
  ])('%s', (_name, target, expected) => {
    if (target === undefined) throw new Error('no target')
    expect(verdictOf(healthcheck, target).status).toBe(expected)
  })
})

describe('4.9 COPY instead of ADD', () => {
  it('fails on ADD and lists every one, pointing at the first', () => {
    const verdict = verdictOf(
      copyInsteadOfAdd,
      dockerfileTarget('FROM a:1\nCOPY x /x\nADD https://example.com/t.tgz /t\nADD app.tar /app\n'),
    )
    expect(verdict).toEqual({
      status: 'fail',
      detail: 'Dockerfile uses ADD at line 3 (https://example.com/t.tgz), line 4 (app.tar).',
      line: 3,
    })
  })

  it('passes COPY only, and does not apply to what is not a Dockerfile', () => {
    expect(verdictOf(copyInsteadOfAdd, dockerfileTarget('FROM a:1\nCOPY x /x\n')).status).toBe('pass')
    const [service] = composeTargets('services:\n  a: {image: "a:1"}\n')
    if (service === undefined) throw new Error('no service')
    expect(verdictOf(copyInsteadOfAdd, service).status).toBe('not-applicable')
  })
})

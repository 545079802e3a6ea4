import { describe, expect, it } from 'vitest'
import { containerUser } from '../../src/controls/container-user.ts'
import { composeTargets, dockerfileTarget, inspectTarget, verdictOf } from '../targets-of.ts'

describe('4.1 a user for the container', () => {
  it.each([
    ['a Dockerfile with a non-root USER', dockerfileTarget('FROM alpine:3.19\nUSER 10001\n'), 'pass'],
    ['a Dockerfile with USER root', dockerfileTarget('FROM alpine:3.19\nUSER root\n'), 'fail'],
    ['a Dockerfile with USER 0:0', dockerfileTarget('FROM alpine:3.19\nUSER 0:0\n'), 'fail'],
    ['a Dockerfile without USER', dockerfileTarget('FROM alpine:3.19\nRUN true\n'), 'fail'],
    [
      'a Dockerfile whose USER is a build argument without default',
      dockerfileTarget(`FROM alpine:3.19\nARG UID\nUSER \${UID}\n`),
      'unknown',
    ],
    ['a service with user', composeTargets('services:\n  a: {image: "a:1", user: "1000"}\n')[0], 'pass'],
    ['a service without user', composeTargets('services:\n  a: {image: "a:1"}\n')[0], 'fail'],
    [
      'an image with Config.User empty',
      inspectTarget({ Id: 'sha256:1', RepoTags: [], Config: { User: '' } }),
      'fail',
    ],
  ])('%s', (_name, target, expected) => {
    if (target === undefined) throw new Error('no target')
    expect(verdictOf(containerUser, target).status).toBe(expected)
  })

  it('points at the USER line', () => {
    expect(verdictOf(containerUser, dockerfileTarget('FROM alpine:3.19\nRUN true\nUSER root\n')).line).toBe(3)
  })
})

import { describe, expect, it } from 'vitest'
import { trustedBaseImage } from '../../src/controls/trusted-base-image.ts'
import { composeTargets, dockerfileTarget, inspectTarget, verdictOf } from '../targets-of.ts'

describe('4.2 trusted base images', () => {
  it.each([
    [
      'FROM with a digest',
      'FROM alpine@sha256:c5b1261d6d3e43071626931fc004f70149baeba2c8ec672bd4f27761f8e1ad6b\n',
      'pass',
    ],
    ['FROM with a release tag', 'FROM alpine:3.19\n', 'pass'],
    ['FROM latest', 'FROM alpine:latest\n', 'fail'],
    ['FROM without a tag', 'FROM alpine\n', 'fail'],
    ['FROM scratch', 'FROM scratch\n', 'pass'],
    ['FROM a build argument without default', `ARG BASE\nFROM \${BASE}\n`, 'unknown'],
    ['FROM an earlier stage built on latest', 'FROM node:latest AS base\nFROM base\n', 'fail'],
  ])('%s', (_name, dockerfile, expected) => {
    expect(verdictOf(trustedBaseImage, dockerfileTarget(dockerfile)).status).toBe(expected)
  })

  it('judges the image a container and a service run, not the one an image inspect describes', () => {
    const container = inspectTarget({ Id: 'c', Config: { Image: 'redis' }, HostConfig: {} })
    const image = inspectTarget({ Id: 'sha256:1', RepoTags: ['redis:latest'], Config: {} })
    const [service] = composeTargets('services:\n  a: {image: "redis:7.2"}\n')
    if (service === undefined) throw new Error('no service')
    expect(verdictOf(trustedBaseImage, container).status).toBe('fail')
    expect(verdictOf(trustedBaseImage, image).status).toBe('not-applicable')
    expect(verdictOf(trustedBaseImage, service).status).toBe('pass')
  })
})

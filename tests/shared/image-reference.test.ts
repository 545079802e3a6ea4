/** shared/posture image references: the distribution grammar, and how firmly a reference pins content. */
import { describe, expect, it } from 'vitest'
import { parseImageReference, pinningOf } from '#shared/posture/index.ts'

const DIGEST = 'sha256:c5b1261d6d3e43071626931fc004f70149baeba2c8ec672bd4f27761f8e1ad6b'

describe('parseImageReference', () => {
  it.each([
    ['nginx', { registry: undefined, repository: 'nginx', tag: undefined, digest: undefined }, 'untagged'],
    ['nginx:latest', { repository: 'nginx', tag: 'latest' }, 'latest'],
    ['library/nginx:1.25.3', { repository: 'library/nginx', tag: '1.25.3' }, 'tag'],
    [
      'gcr.io/distroless/static:nonroot',
      { registry: 'gcr.io', repository: 'distroless/static', tag: 'nonroot' },
      'tag',
    ],
    ['localhost:5000/app', { registry: 'localhost:5000', repository: 'app', tag: undefined }, 'untagged'],
    ['localhost/app:1', { registry: 'localhost', repository: 'app', tag: '1' }, 'tag'],
    [`alpine@${DIGEST}`, { repository: 'alpine', digest: DIGEST }, 'digest'],
    [`alpine:3.19@${DIGEST}`, { repository: 'alpine', tag: '3.19', digest: DIGEST }, 'digest'],
  ])('%s', (text, expected, pinning) => {
    const reference = parseImageReference(text)
    expect(reference).toMatchObject(expected)
    if (reference === undefined) throw new Error('a reference')
    expect(pinningOf(reference)).toBe(pinning)
  })

  it.each(['', 'Nginx:1', `\${BASE}`, 'a b', 'nginx:', 'alpine@sha256:short', 'nginx:tag with space'])(
    'refuses %j',
    (text) => {
      expect(parseImageReference(text)).toBeUndefined()
    },
  )
})

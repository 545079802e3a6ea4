import { describe, expect, it } from 'vitest'
import { imageProvenance } from '../../src/controls/image-provenance.ts'
import { deployment, onlyOutcome } from '../inventory-of.ts'

const withImage = (image: string) => `containers: [{name: app, image: "${image}"}]`

describe('5.5.1 image references', () => {
  it.each([
    [
      'a digest',
      'registry.example.com/app@sha256:9b2a2c8e0f6d4c1b7a3e5f9d8c7b6a5e4d3c2b1a0f9e8d7c6b5a4f3e2d1c0b9a',
      'pass',
    ],
    ['a release tag', 'nginx:1.25.3', 'pass'],
    ['a registry with a port and a tag', 'localhost:5000/team/app:2.0', 'pass'],
    ['latest', 'nginx:latest', 'fail'],
    ['no tag', 'nginx', 'fail'],
    ['a registry with a port and no tag', 'localhost:5000/team/app', 'fail'],
    ['not a reference', 'Not An Image', 'fail'],
  ])('%s', (_name, image, expected) => {
    expect(onlyOutcome(imageProvenance, deployment(withImage(image))).status).toBe(expected)
  })
})

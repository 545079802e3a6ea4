import { describe, expect, it } from 'vitest'
import { minimalBaseImage } from '../../src/controls/minimal-base-image.ts'
import { composeTargets, dockerfileTarget, verdictOf } from '../targets-of.ts'

describe('4.3 minimal base images', () => {
  it.each([
    ['alpine', 'FROM alpine:3.19\n', 'pass'],
    ['a -slim variant', 'FROM python:3.12-slim-bookworm\n', 'pass'],
    ['an -alpine variant', 'FROM node:20.11-alpine3.19\n', 'pass'],
    ['distroless', 'FROM gcr.io/distroless/base-debian12:nonroot\n', 'pass'],
    ['Chainguard', 'FROM cgr.dev/chainguard/static:latest\n', 'pass'],
    ['scratch', 'FROM scratch\n', 'pass'],
    ['ubuntu', 'FROM ubuntu:22.04\n', 'fail'],
    ['a full language image', 'FROM python:3.12\n', 'fail'],
    ['a private base it cannot judge by name', 'FROM registry.example.com/base/runtime:2\n', 'unknown'],
    ['the final stage, not the build stage', 'FROM golang:1.22 AS build\nFROM alpine:3.19\n', 'pass'],
  ])('%s', (_name, dockerfile, expected) => {
    expect(verdictOf(minimalBaseImage, dockerfileTarget(dockerfile)).status).toBe(expected)
  })

  it('does not apply to a service, which does not show its base', () => {
    const [service] = composeTargets('services:\n  a: {image: "ubuntu:22.04"}\n')
    if (service === undefined) throw new Error('no service')
    expect(verdictOf(minimalBaseImage, service).status).toBe('not-applicable')
  })
})

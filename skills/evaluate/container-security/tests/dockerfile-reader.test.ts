import { describe, expect, it } from 'vitest'
import { readDockerfile } from '../src/dockerfile-reader.ts'

function read(text: string) {
  const target = readDockerfile(text, 'Dockerfile')
  if (target === undefined) throw new Error('not read as a Dockerfile')
  return target
}

describe('readDockerfile', () => {
  it('takes USER and HEALTHCHECK from the final stage only', () => {
    const target = read(
      'FROM golang:1.22 AS build\nUSER builder\nHEALTHCHECK CMD true\nFROM alpine:3.19\nCOPY --from=build /app /app\n',
    )
    expect(target.user).toEqual({ value: undefined, line: 4 })
    expect(target.healthcheck).toEqual({ value: 'absent', line: 4 })
    expect(target.image).toEqual({ value: 'alpine:3.19', line: 4 })
  })

  it('inherits USER, HEALTHCHECK and the base image from the stage the final one builds on', () => {
    const target = read(
      'FROM node:20-alpine AS base\nUSER node\nHEALTHCHECK CMD ["node", "hc.js"]\nFROM base AS final\nCOPY . .\n',
    )
    expect(target.user).toEqual({ value: 'node', line: 2 })
    expect(target.healthcheck).toEqual({ value: 'set', line: 3 })
    expect(target.image).toEqual({ value: 'node:20-alpine', line: 1 })
  })

  it('reads instructions in any case, with line continuations and comments between them', () => {
    const target = read(
      'from debian:12\nenv A=1 \\\n    # a comment inside the continuation\n    API_TOKEN=abc\nuser   10001\n',
    )
    expect(target.user).toEqual({ value: '10001', line: 5 })
    expect(target.environment?.map((entry) => [entry.origin, entry.name, entry.line])).toEqual([
      ['ENV', 'A', 2],
      ['ENV', 'API_TOKEN', 4],
    ])
  })

  it('honours the escape directive', () => {
    const target = read(
      '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nENV A=1 `\n    B=2\nUSER ContainerUser\n',
    )
    expect(target.environment?.map((entry) => entry.name)).toEqual(['A', 'B'])
    expect(target.user?.value).toBe('ContainerUser')
  })

  it('does not read instructions inside a heredoc', () => {
    const target = read('FROM alpine:3.19\nRUN <<EOT\napk add curl\nUSER root\nADD x y\nEOT\nUSER app\n')
    expect(target.user).toEqual({ value: 'app', line: 7 })
    expect(target.build?.adds).toEqual([])
  })

  it('expands FROM from the ARGs before it, and USER from ARG and ENV in scope', () => {
    const target = read(`ARG VERSION=3.19\nFROM alpine:\${VERSION}\nARG UID=10001\nUSER \${UID}:\${UID}\n`)
    expect(target.image?.value).toBe('alpine:3.19')
    expect(target.user?.value).toBe('10001:10001')
  })

  it('leaves a FROM it cannot expand as written', () => {
    expect(read(`ARG BASE\nFROM \${BASE}\n`).image?.value).toBe(`\${BASE}`)
  })

  it('reads HEALTHCHECK NONE as disabled, and every ADD of every stage with its source', () => {
    const target = read(
      'FROM alpine:3.19 AS fetch\nADD --chown=1:1 https://example.com/a.tgz /a\nFROM scratch\nADD ["rootfs.tar", "/"]\nHEALTHCHECK NONE\n',
    )
    expect(target.healthcheck).toEqual({ value: 'disabled', line: 5 })
    expect(target.build?.adds).toEqual([
      { value: 'https://example.com/a.tgz', line: 2 },
      { value: 'rootfs.tar', line: 4 },
    ])
    expect(target.image?.value).toBe('scratch')
  })

  it('scrubs credentials from ADD URLs', () => {
    const target = read('FROM alpine:3.19\nADD https://user:hunter2@example.com/a.tgz /a\n')
    expect(target.build?.adds[0]?.value).not.toContain('hunter2')
  })

  it('reads ARGs with and without defaults', () => {
    const target = read(`ARG BASE=alpine:3.19\nFROM \${BASE}\nARG NPM_TOKEN\nARG MODE=prod\n`)
    expect(target.environment).toEqual([
      { name: 'BASE', value: 'alpine:3.19', origin: 'ARG', line: 1 },
      { name: 'NPM_TOKEN', value: undefined, origin: 'ARG', line: 3 },
      { name: 'MODE', value: 'prod', origin: 'ARG', line: 4 },
    ])
  })

  it('is not a Dockerfile without FROM', () => {
    expect(readDockerfile('# just a comment\nRUN echo hi\n', 'x')).toBeUndefined()
  })
})

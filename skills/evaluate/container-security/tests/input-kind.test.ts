import { describe, expect, it } from 'vitest'
import { inputKindOf } from '../src/input-kind.ts'

describe('inputKindOf', () => {
  it.each([
    ['Dockerfile', '', 'dockerfile'],
    ['build/app.Dockerfile', '', 'dockerfile'],
    ['Dockerfile.dev', '', 'dockerfile'],
    ['Containerfile', '', 'dockerfile'],
    ['compose.yaml', '', 'compose'],
    ['docker-compose.prod.yml', '', 'compose'],
    ['inspect.json', '[{"Id": "x"}]', 'inspect'],
    ['stdin', '# syntax=docker/dockerfile:1\n\nARG X=1\nFROM alpine:3.19\n', 'dockerfile'],
    ['stdin', 'name: app\nservices:\n  web: {image: a:1}\n', 'compose'],
    ['notes.txt', 'hello\n', 'unknown'],
  ])('%s is %s', (name, text, expected) => {
    expect(inputKindOf(name, text)).toBe(expected)
  })
})

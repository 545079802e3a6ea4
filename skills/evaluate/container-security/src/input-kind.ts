/**
 * What an input is, decided by its name first, as people name these files (Dockerfile, app.Dockerfile,
 * Dockerfile.dev, Containerfile, compose.yaml, docker-compose.prod.yml), then by its content.
 */
import { basename } from 'node:path'

export type InputKind = 'dockerfile' | 'compose' | 'inspect' | 'unknown'

const DOCKERFILE_NAME = /^(?:dockerfile|containerfile)(?:\.[\w.-]+)?$|\.(?:dockerfile|containerfile)$/i
const COMPOSE_NAME = /^(?:docker-)?compose(?:\.[\w.-]+)?\.ya?ml$/i

/** The first instruction of a Dockerfile is FROM, or ARG before it; parser directives and comments come first. */
const FIRST_INSTRUCTION = /^\s*(?:FROM|ARG)\s/i
const COMPOSE_SERVICES = /^services\s*:/m

function firstInstructionLine(text: string): string | undefined {
  for (const line of text.split('\n')) {
    const trimmed = line.trim()
    if (trimmed.length > 0 && !trimmed.startsWith('#')) return trimmed
  }
  return undefined
}

export function inputKindOf(name: string, text: string): InputKind {
  const file = basename(name)
  if (DOCKERFILE_NAME.test(file)) return 'dockerfile'
  if (COMPOSE_NAME.test(file)) return 'compose'
  if (/^\s*\[/.test(text)) return 'inspect'
  if (FIRST_INSTRUCTION.test(firstInstructionLine(text) ?? '')) return 'dockerfile'
  if (COMPOSE_SERVICES.test(text)) return 'compose'
  return 'unknown'
}

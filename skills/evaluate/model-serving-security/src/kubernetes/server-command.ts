/**
 * A model server's command line and environment as its container spec gives them: `command` then `args`,
 * with a `sh -c "..."` script split into words, and flags read in both `--flag value` and `--flag=value` form.
 */
import { asArray, asObject, asString } from '#shared/json/index.ts'
import type { PodContainer } from '#shared/k8s/index.ts'

const SHELLS = new Set(['sh', 'bash', '/bin/sh', '/bin/bash', '/usr/bin/env'])

/** Splits a shell script into words, keeping quoted phrases together; enough for a server's launch line. */
function shellWords(script: string): string[] {
  const words: string[] = []
  for (const match of script.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g))
    words.push(match[1] ?? match[2] ?? match[3] ?? '')
  return words
}

export function commandWordsOf(container: PodContainer): string[] {
  const words: string[] = []
  for (const field of ['command', 'args']) {
    for (const item of asArray(container.spec[field]) ?? []) {
      const word = asString(item)
      if (word !== undefined) words.push(word)
    }
  }
  const dashC = words.indexOf('-c')
  if (dashC !== -1 && SHELLS.has(words[0] ?? ''))
    return [...words.slice(0, dashC), ...words.slice(dashC + 1).flatMap(shellWords)]
  return words
}

export interface Flag {
  /** The value, when the flag takes one and has it. */
  readonly value?: string
}

/** The first of the given flags on the command line, in either form; undefined when none is there. */
export function flagOf(words: readonly string[], names: readonly string[]): Flag | undefined {
  for (const [index, word] of words.entries()) {
    for (const name of names) {
      if (word === name) {
        const next = words[index + 1]
        return { value: next === undefined || next.startsWith('-') ? undefined : next }
      }
      if (word.startsWith(`${name}=`)) return { value: word.slice(name.length + 1) }
    }
  }
  return undefined
}

/** Every `--flag value` and `--flag=value` pair, for reading credentials passed as arguments. */
export function flagPairsOf(words: readonly string[]): Array<{ flag: string; value: string }> {
  const pairs: Array<{ flag: string; value: string }> = []
  for (const [index, word] of words.entries()) {
    if (!word.startsWith('--')) continue
    const equals = word.indexOf('=')
    if (equals !== -1) {
      pairs.push({ flag: word.slice(0, equals), value: word.slice(equals + 1) })
      continue
    }
    const next = words[index + 1]
    if (next !== undefined && !next.startsWith('-')) pairs.push({ flag: word, value: next })
  }
  return pairs
}

export interface EnvironmentVariable {
  readonly name: string
  /** The literal value, when one is written. */
  readonly value?: string
  /** Filled from a Secret, a ConfigMap or a field at run time. */
  readonly fromReference: boolean
}

export function environmentOf(container: PodContainer): EnvironmentVariable[] {
  const variables: EnvironmentVariable[] = []
  for (const item of asArray(container.spec.env) ?? []) {
    const variable = asObject(item)
    const name = asString(variable?.name)
    if (name === undefined) continue
    variables.push({
      name,
      value: asString(variable?.value),
      fromReference: variable?.valueFrom !== undefined,
    })
  }
  return variables
}

/** A variable is set when it has a literal value or a reference. */
export function environmentVariable(
  variables: readonly EnvironmentVariable[],
  names: readonly string[],
): EnvironmentVariable | undefined {
  return variables.find(
    (variable) => names.includes(variable.name) && (variable.value !== undefined || variable.fromReference),
  )
}

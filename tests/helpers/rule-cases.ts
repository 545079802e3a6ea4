/** Rule fixtures: tests/fixtures/<rule-id>.jsonl, one named case a line with `expected` and its OCSF event(s). */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { OcsfEvent } from '#shared/ocsf/index.ts'

export interface RuleCase {
  readonly name: string
  readonly expected: boolean
  /** The events of the case in order; a one-event case may write `event` instead. */
  readonly events: readonly OcsfEvent[]
}

export function readRuleCases(file: string): RuleCase[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim().length > 0)
    .map((line) => {
      const raw = JSON.parse(line) as {
        name: string
        expected: boolean
        event?: OcsfEvent
        events?: OcsfEvent[]
      }
      return {
        name: raw.name,
        expected: raw.expected,
        events: raw.events ?? (raw.event === undefined ? [] : [raw.event]),
      }
    })
}

/** The events of one named case of a rule's fixture. */
export function caseEvents(fixturesDir: string, rule: string, name: string): readonly OcsfEvent[] {
  const found = readRuleCases(join(fixturesDir, `${rule}.jsonl`)).find((entry) => entry.name === name)
  if (found === undefined) throw new Error(`no case ${name} in ${rule}`)
  return found.events
}

/** The first event of one named case of a rule's fixture. */
export function caseEvent(fixturesDir: string, rule: string, name: string): OcsfEvent {
  const [event] = caseEvents(fixturesDir, rule, name)
  if (event === undefined) throw new Error(`case ${name} in ${rule} has no event`)
  return event
}

import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readRuleCases } from '../../../../../tests/helpers/rule-cases.ts'
import { gcpLoggingImpaired } from '../../src/rules/gcp-logging-impaired.ts'

const CASES = readRuleCases(join(import.meta.dirname, '..', 'fixtures', 'gcp-logging-impaired.jsonl'))

function eventOf(name: string) {
  const event = CASES.find((entry) => entry.name === name)?.events[0]
  if (event === undefined) throw new Error(`no case ${name}`)
  return event
}

describe('gcp-logging-impaired', () => {
  it.each(CASES)('$name', ({ events, expected }) => {
    const [event] = events
    if (event === undefined) throw new Error('a case needs its event')
    expect(gcpLoggingImpaired.match(event, undefined)).toBe(expected)
  })

  it.each([
    [
      'log sink deleted',
      'high',
      'mallory@example.com deleted log sink projects/example-prod-123/sinks/to-siem.',
    ],
    [
      'sink told to exclude the audit logs',
      'medium',
      'mallory@example.com made log sink projects/example-prod-123/sinks/to-siem exclude "logName:\\"cloudaudit.googleapis.com\\"".',
    ],
    [
      'Data Access audit logs turned off for Cloud Storage',
      'high',
      'mallory@example.com turned off DATA_READ audit logs of storage.googleapis.com, turned off DATA_WRITE audit logs of storage.googleapis.com on projects/example-prod-123.',
    ],
    [
      'a member exempted from audit logging',
      'high',
      'mallory@example.com exempted user:mallory@example.com from DATA_READ audit logs of allServices on projects/example-prod-123.',
    ],
  ])('describes "%s" as %s', (name, severity, desc) => {
    const detection = gcpLoggingImpaired.describe(eventOf(name), undefined)
    expect(detection.severity).toBe(severity)
    expect(detection.desc).toBe(desc)
  })
})

import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readRuleCases } from '../../../../../tests/helpers/rule-cases.ts'
import { awsIamAdminRightsGranted } from '../../src/rules/aws-iam-admin-rights-granted.ts'
import { DEFAULT_CONFIG } from './test-config.ts'

const CASES = readRuleCases(join(import.meta.dirname, '..', 'fixtures', 'aws-iam-admin-rights-granted.jsonl'))

function detectionsOf(events: (typeof CASES)[number]['events'], config = DEFAULT_CONFIG) {
  const correlator = awsIamAdminRightsGranted.correlator(config)
  return events.flatMap((event) => correlator.observe(event))
}

function caseNamed(name: string) {
  const found = CASES.find((entry) => entry.name === name)
  if (found === undefined) throw new Error(`no case ${name}`)
  return found
}

describe('aws-iam-admin-rights-granted', () => {
  it.each(CASES)('$name', ({ events, expected }) => {
    expect(detectionsOf(events).length > 0).toBe(expected)
  })

  it('names a user created moments earlier, with both calls as evidence, as critical', () => {
    const { events } = caseNamed('new user created then made administrator')
    const [detection] = detectionsOf(events)
    expect(detection?.severity).toBe('critical')
    expect(detection?.title).toBe('New IAM user given administrator rights')
    expect(detection?.events.map((event) => event.api?.operation)).toEqual(['CreateUser', 'AttachUserPolicy'])
  })

  it('treats a user created longer ago than the window as an existing user', () => {
    const { events } = caseNamed('new user created then made administrator')
    const [detection] = detectionsOf(events, { ...DEFAULT_CONFIG, newUserWindowMs: 60_000 })
    expect(detection?.severity).toBeUndefined()
    expect(detection?.events).toHaveLength(1)
  })

  it('knows a group is for administrators only from the grant it saw or the configured names', () => {
    const { events } = caseNamed('user added to a group made administrators just before')
    const membership = events.slice(1)
    expect(detectionsOf(membership)).toEqual([])
    const config = { ...DEFAULT_CONFIG, adminGroups: new Set(['ops']) }
    expect(detectionsOf(membership, config)).toHaveLength(1)
  })
})

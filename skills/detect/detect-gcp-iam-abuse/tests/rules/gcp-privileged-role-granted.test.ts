import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readRuleCases } from '../../../../../tests/helpers/rule-cases.ts'
import { gcpPrivilegedRoleGranted } from '../../src/rules/gcp-privileged-role-granted.ts'
import { DEFAULT_CONFIG } from './test-config.ts'

const CASES = readRuleCases(join(import.meta.dirname, '..', 'fixtures', 'gcp-privileged-role-granted.jsonl'))

function eventOf(name: string) {
  const event = CASES.find((entry) => entry.name === name)?.events[0]
  if (event === undefined) throw new Error(`no case ${name}`)
  return event
}

describe('gcp-privileged-role-granted', () => {
  it.each(CASES)('$name', ({ events, expected }) => {
    const [event] = events
    if (event === undefined) throw new Error('a case needs its event')
    expect(gcpPrivilegedRoleGranted.match(event, DEFAULT_CONFIG)).toBe(expected)
  })

  it.each([
    ['owner granted on a project', 'high'],
    ['viewer granted to a personal gmail account', 'medium'],
    ['project readable by allAuthenticatedUsers', 'critical'],
    ['an outside address invited as project owner', 'critical'],
  ])('rates "%s" %s', (name, severity) => {
    expect(gcpPrivilegedRoleGranted.describe(eventOf(name), DEFAULT_CONFIG).severity).toBe(severity)
  })

  it('says what was granted to whom, where, and why it matters', () => {
    const detection = gcpPrivilegedRoleGranted.describe(eventOf('owner granted on a project'), DEFAULT_CONFIG)
    expect(detection.desc).toBe(
      'alice@example.com granted roles/owner to user:bob@example.com (full control, including IAM) on projects/example-prod-123.',
    )
    expect(detection.key).toEqual([
      'alice@example.com',
      'projects/example-prod-123',
      'roles/owner to user:bob@example.com (full control, including IAM)',
    ])
  })

  it('judges external members against --internal-domain when it is given', () => {
    const partner = eventOf("a role granted to another organisation's group")
    const colleague = eventOf('viewer granted to a colleague')
    const config = { internalDomains: new Set(['example.com', 'partner.example.net']) }
    expect(gcpPrivilegedRoleGranted.match(partner, config)).toBe(false)
    expect(gcpPrivilegedRoleGranted.match(colleague, { internalDomains: new Set(['example.org']) })).toBe(
      true,
    )
  })

  it('reads the whole new policy, with medium confidence, when the entry has no binding deltas', () => {
    const event = structuredClone(eventOf('owner granted on a project'))
    const [resource] = event.resources ?? []
    if (resource === undefined) throw new Error('the case names its project')
    resource.data = undefined
    const detection = gcpPrivilegedRoleGranted.describe(event, DEFAULT_CONFIG)
    expect(detection.confidence).toBe('medium')
    expect(detection.desc).toMatch(/no binding deltas/)
  })
})

import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readRuleCases } from '../../../../../tests/helpers/rule-cases.ts'
import { azurePrivilegedRoleAssigned } from '../../src/rules/azure-privileged-role-assigned.ts'
import { DEFAULT_CONFIG } from './test-config.ts'

const CASES = readRuleCases(
  join(import.meta.dirname, '..', 'fixtures', 'azure-privileged-role-assigned.jsonl'),
)

function detectionsOf(events: (typeof CASES)[number]['events'], config = DEFAULT_CONFIG) {
  const correlator = azurePrivilegedRoleAssigned.correlator(config)
  return events.flatMap((event) => correlator.observe(event))
}

function caseNamed(name: string) {
  const found = CASES.find((entry) => entry.name === name)
  if (found === undefined) throw new Error(`no case ${name}`)
  return found
}

describe('azure-privileged-role-assigned', () => {
  it.each(CASES)('$name', ({ events, expected }) => {
    expect(detectionsOf(events).length > 0).toBe(expected)
  })

  it('joins the Started event that carries the body with the Succeeded one, and names both', () => {
    const { events } = caseNamed('Owner assigned at subscription scope, role in the request body')
    const [detection] = detectionsOf(events)
    expect(detection?.events.map((event) => event.status_id)).toEqual([99, 1])
    expect(detection?.severity).toBe('high')
    expect(detection?.desc).toBe(
      'mallory@contoso.com assigned Owner to ServicePrincipal 3c2b1a09-8f7e-4d6c-b5a4-93827160f5e4 at /subscriptions/00000000-1111-2222-3333-444444444444.',
    )
  })

  it('rates data-plane owner roles medium and a tenant-wide elevation critical', () => {
    expect(detectionsOf(caseNamed('Storage Blob Data Owner on a storage account').events)[0]?.severity).toBe(
      'medium',
    )
    const [elevation] = detectionsOf(
      caseNamed('a Global Administrator elevates access to the root scope').events,
    )
    expect(elevation?.severity).toBe('critical')
  })

  it('forgets a Started event whose write failed', () => {
    const started = caseNamed('Owner assigned at subscription scope, role in the request body').events.slice(
      0,
      1,
    )
    const refused = caseNamed('Owner assignment refused').events
    expect(detectionsOf([...started, ...refused])).toEqual([])
  })
})

import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readRuleCases } from '../../../../../tests/helpers/rule-cases.ts'
import { gcpFirewallOpenedToInternet } from '../../src/rules/gcp-firewall-opened-to-internet.ts'

const CASES = readRuleCases(
  join(import.meta.dirname, '..', 'fixtures', 'gcp-firewall-opened-to-internet.jsonl'),
)

function eventOf(name: string) {
  const event = CASES.find((entry) => entry.name === name)?.events[0]
  if (event === undefined) throw new Error(`no case ${name}`)
  return event
}

describe('gcp-firewall-opened-to-internet', () => {
  it.each(CASES)('$name', ({ events, expected }) => {
    const [event] = events
    if (event === undefined) throw new Error('a case needs its event')
    expect(gcpFirewallOpenedToInternet.match(event, undefined)).toBe(expected)
  })

  it.each([
    [
      'SSH opened to 0.0.0.0/0',
      'high',
      'set firewall rule allow-ssh-anywhere to allow port 22 from 0.0.0.0/0.',
    ],
    ['every port opened to ::/0 by a patch', 'critical', 'to allow every port from ::/0.'],
    ['a port range that covers RDP', 'high', 'to allow port 3389 from 0.0.0.0/0.'],
  ])('describes "%s" as %s', (name, severity, ending) => {
    const detection = gcpFirewallOpenedToInternet.describe(eventOf(name), undefined)
    expect(detection.severity).toBe(severity)
    expect(detection.desc.endsWith(ending)).toBe(true)
  })
})

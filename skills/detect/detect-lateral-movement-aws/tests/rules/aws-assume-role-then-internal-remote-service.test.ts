import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { OcsfEvent } from '#shared/ocsf/index.ts'
import { readRuleCases } from '../../../../../tests/helpers/rule-cases.ts'
import { awsAssumeRoleThenInternalRemoteService } from '../../src/rules/aws-assume-role-then-internal-remote-service.ts'
import { DEFAULT_CONFIG } from './test-config.ts'

const CASES = readRuleCases(
  join(import.meta.dirname, '..', 'fixtures', 'aws-assume-role-then-internal-remote-service.jsonl'),
)

function detect(events: readonly OcsfEvent[]) {
  const correlator = awsAssumeRoleThenInternalRemoteService.correlator(DEFAULT_CONFIG)
  const early = events.flatMap((event) => correlator.observe(event))
  return [...early, ...(correlator.finish?.() ?? [])]
}

function caseNamed(name: string) {
  const found = CASES.find((item) => item.name === name)
  if (found === undefined) throw new Error(`no fixture case "${name}"`)
  return found
}

describe('aws-assume-role-then-internal-remote-service', () => {
  it('has positive and negative cases', () => {
    expect(CASES.filter((item) => item.expected).length).toBeGreaterThan(0)
    expect(CASES.filter((item) => !item.expected).length).toBeGreaterThan(0)
  })

  it.each(CASES)('$name', ({ events, expected }) => {
    expect(detect(events).length > 0).toBe(expected)
  })

  it('writes nothing before the end of the input, then the role assumption and the flow as evidence', () => {
    const { events } = caseNamed('the flow log is read before the CloudTrail record')
    const correlator = awsAssumeRoleThenInternalRemoteService.correlator(DEFAULT_CONFIG)
    expect(events.flatMap((event) => correlator.observe(event))).toEqual([])
    const [detection] = correlator.finish?.() ?? []
    const [flow, assumption] = events
    expect(detection?.events).toEqual([assumption, flow])
    expect(detection?.key).toEqual([
      'i-0a1b2c3d4e5f60718',
      'arn:aws:iam::111122223333:role/DeployAdmin',
      String(Date.UTC(2026, 2, 2, 10)),
    ])
    expect(detection?.severity).toBe('high')
    expect(detection?.confidence).toBe('high')
  })

  it('follows a chained role assumption to the instance whose keys made it', () => {
    const { events } = caseNamed(
      'keys returned to the instance assume another role from the same public address, then the instance uses RDP',
    )
    const [detection] = detect(events)
    expect(detection?.key.slice(0, 2)).toEqual([
      'i-0a1b2c3d4e5f60718',
      'arn:aws:iam::444455556666:role/OrganizationAccountAccessRole',
    ])
    expect(detection?.events.map((event) => event.metadata.uid)).toEqual(['pub-0002', 'late-rdp-0001'])
  })

  it('matches a pod by its address alone, with medium confidence', () => {
    const { events } = caseNamed(
      'a pod exchanges its service-account token for a role, then reaches PostgreSQL (default format, matched by address)',
    )
    const [detection] = detect(events)
    expect(detection?.key[0]).toBe('10.20.5.33')
    expect(detection?.confidence).toBe('medium')
    expect(detection?.severity).toBe('medium')
    expect(detection?.title).toBe(
      '10.20.5.33 assumed reports-irsa, then reached 1 internal host over remote-service ports',
    )
  })
})

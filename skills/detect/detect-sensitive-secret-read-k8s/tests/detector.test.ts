/** The whole detector: deduplication, severities, options, bad input and valid findings. */
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createDetectionProcessor } from '#shared/detect/index.ts'
import type { DetectionFinding, OcsfEvent } from '#shared/ocsf/index.ts'
import { itRunsEveryFixtureCase } from '../../../../tests/helpers/fixture-findings.ts'
import { runProcessor } from '../../../../tests/helpers/in-process.ts'
import { caseEvent } from '../../../../tests/helpers/rule-cases.ts'
import { zodProblems } from '../../../../tests/helpers/validators.ts'
import type { SecretReadConfig } from '../src/config.ts'
import { RULES } from '../src/rules/index.ts'
import { customPattern } from '../src/sensitive-names.ts'
import { DEFAULT_CONFIG } from './rules/test-config.ts'

const FIXTURES = join(import.meta.dirname, 'fixtures')

function eventOf(name: string): OcsfEvent {
  return caseEvent(FIXTURES, 'k8s-sensitive-secret-read', name)
}

const PASSWORD_READ = eventOf('engineer reads a database password')
const OWN_NAMESPACE_READ = eventOf('service account reads an API key of its own namespace (medium)')
const PLAIN_READ = eventOf('secret with a name that says nothing')

function detector(config: SecretReadConfig = DEFAULT_CONFIG) {
  return createDetectionProcessor({
    skill: 'detect-sensitive-secret-read-k8s',
    rules: RULES,
    config,
    dedupWindowMs: 3_600_000,
  })
}

function later(event: OcsfEvent, minutes: number, changes: Partial<OcsfEvent> = {}): OcsfEvent {
  return {
    ...event,
    time: event.time + minutes * 60_000,
    metadata: { ...event.metadata, uid: `${event.metadata.uid}-${minutes}` },
    ...changes,
  }
}

describe('detect-sensitive-secret-read-k8s', () => {
  itRunsEveryFixtureCase({
    fixturesDir: FIXTURES,
    ruleIds: RULES.map((rule) => rule.id),
    createProcessor: () => detector(),
    sourceIdsName: 'audit ids',
  })

  it('merges repeated reads of one secret by one actor, and keeps other secrets apart', async () => {
    const otherSecret = later(PASSWORD_READ, 2, {
      resources: [{ ...PASSWORD_READ.resources?.[0], name: 'db-root-password' }],
    })
    const run = await runProcessor(detector(), [PASSWORD_READ, later(PASSWORD_READ, 1), otherSecret])
    const findings = run.events as DetectionFinding[]
    expect(findings.map((finding) => finding.finding_info.title)).toEqual([
      'Sensitive secret read: payments/db-password',
      'Sensitive secret read: payments/db-root-password',
    ])
    expect(findings[0]?.finding_info.related_events_count).toBe(2)
  })

  it('rates a workload reading a secret of its own namespace medium, and anyone else high', async () => {
    const run = await runProcessor(detector(), [PASSWORD_READ, OWN_NAMESPACE_READ])
    const findings = run.events as DetectionFinding[]
    expect(findings.map((finding) => finding.severity_id)).toEqual([4, 3])
    expect(findings[1]?.finding_info.desc).toBe(
      'system:serviceaccount:payments:web ran get on secret payments/stripe-api-key, whose name marks it as token or API key (a service account of the same namespace).',
    )
  })

  it('stays quiet for a principal passed with --allow-reader', async () => {
    const config = { ...DEFAULT_CONFIG, allowedReaders: new Set(['alice@example.com']) }
    const run = await runProcessor(detector(config), [PASSWORD_READ])
    expect(run.events).toEqual([])
  })

  it('reports names matching a --sensitive-pattern, saying which pattern', async () => {
    const config = {
      ...DEFAULT_CONFIG,
      sensitivePatterns: [...DEFAULT_CONFIG.sensitivePatterns, customPattern('^web-')],
    }
    expect((await runProcessor(detector(), [PLAIN_READ])).events).toEqual([])
    const run = await runProcessor(detector(config), [PLAIN_READ])
    const [finding] = run.events as DetectionFinding[]
    expect(finding?.finding_info.desc).toBe(
      'alice@example.com ran get on secret payments/web-config, whose name marks it as name matching /^web-/.',
    )
  })

  it('writes findings with ATT&CK T1552.007, evidence and the audit ids', async () => {
    const run = await runProcessor(detector(), [PASSWORD_READ])
    expect(zodProblems(run.events)).toEqual([])
    expect(run.events[0]).toMatchObject({
      class_uid: 2004,
      severity_id: 4,
      finding_info: {
        analytic: { uid: 'k8s-sensitive-secret-read', type_id: 1 },
        attacks: [
          {
            tactic: { uid: 'TA0006', name: 'Credential Access' },
            technique: { uid: 'T1552', name: 'Unsecured Credentials' },
            sub_technique: { uid: 'T1552.007', name: 'Container API' },
            version: 'v14',
          },
        ],
        related_events: [{ uid: PASSWORD_READ.metadata.original_event_uid }],
      },
      resources: [{ type: 'secrets', name: 'db-password', namespace: 'payments' }],
    })
  })

  it('skips what is not OCSF, passes over other classes, and survives fields of the wrong type', async () => {
    const hostile = {
      ...PASSWORD_READ,
      api: { operation: ['get'], service: { name: 'k8s.io' } },
      resources: [{ type: 7 }],
      actor: { user: { name: { nested: true }, groups: 'x' }, authorizations: 'forbid' },
      http_request: { url: { query_string: 12 } },
    }
    const text = [
      '{"class_uid":4001,"time":1,"metadata":{}}',
      '{"not":"ocsf"}',
      JSON.stringify(hostile),
      JSON.stringify(PASSWORD_READ),
    ].join('\n')
    const run = await runProcessor(detector(), text, 'events.jsonl')
    expect(run.events).toHaveLength(1)
    expect(zodProblems(run.events)).toEqual([])
    expect(run.reporter.skipped).toEqual(new Map([['not an OCSF event', 1]]))
    expect(run.reporter.isBalanced()).toBe(true)
  })
})

/** The whole detector: findings that carry both fingerprints, ATT&CK and ATLAS, merging, and bad input. */
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createDetectionProcessor } from '#shared/detect/index.ts'
import type { DetectionFinding } from '#shared/ocsf/index.ts'
import { itRunsEveryFixtureCase } from '../../../../tests/helpers/fixture-findings.ts'
import { runProcessor } from '../../../../tests/helpers/in-process.ts'
import { readRuleCases } from '../../../../tests/helpers/rule-cases.ts'
import { zodProblems } from '../../../../tests/helpers/validators.ts'
import { RULES } from '../src/rules/index.ts'
import { DEFAULT_CONFIG } from './rules/test-config.ts'

const FIXTURES = join(import.meta.dirname, 'fixtures')
const [RUG_PULL] = readRuleCases(join(FIXTURES, 'mcp-tool-definition-changed.jsonl'))

function detector() {
  return createDetectionProcessor({
    skill: 'detect-mcp-tool-drift',
    rules: RULES,
    config: DEFAULT_CONFIG,
    dedupWindowMs: 3_600_000,
  })
}

describe('detect-mcp-tool-drift', () => {
  if (RUG_PULL === undefined) throw new Error('fixture is empty')
  const before = RUG_PULL.events[0]?.resources?.[0]?.uid_alt
  const after = RUG_PULL.events[2]?.resources?.[0]?.uid_alt

  itRunsEveryFixtureCase({
    fixturesDir: FIXTURES,
    ruleIds: RULES.map((rule) => rule.id),
    createProcessor: () => detector(),
  })

  it('writes a finding whose evidence holds the definition before and after', async () => {
    const run = await runProcessor(detector(), RUG_PULL.events)
    expect(zodProblems(run.events)).toEqual([])
    expect(run.events).toHaveLength(1)
    const finding = run.events[0] as DetectionFinding
    expect(finding).toMatchObject({
      class_uid: 2004,
      severity_id: 4,
      finding_info: {
        analytic: { uid: 'mcp-tool-definition-changed', type_id: 1 },
        attacks: [
          {
            technique: { uid: 'T1195', name: 'Supply Chain Compromise' },
            sub_technique: {
              uid: 'T1195.001',
              name: 'Compromise Software Dependencies and Development Tools',
            },
            tactic: { uid: 'TA0001', name: 'Initial Access' },
            version: 'v14',
          },
          {
            technique: { uid: 'AML.T0109', name: 'AI Supply Chain Rug Pull' },
            tactic: { uid: 'AML.TA0007', name: 'Defense Evasion' },
            version: '5.6.0',
          },
        ],
        data_sources: ['ingest-mcp-proxy-ocsf'],
        related_events_count: 2,
      },
      resources: [{ type: 'MCP tool', name: 'get_forecast', uid: 'mcp://weather/tools/get_forecast' }],
    })
    expect(finding.evidences?.map((evidence) => evidence.resources?.[0]?.uid_alt)).toEqual([before, after])
    expect(finding.evidences?.[1]?.resources?.[0]?.data).toMatchObject({
      description: expect.stringContaining('<IMPORTANT>'),
    })
    expect(finding.finding_info.desc).toContain(`${before}`)
    expect(finding.finding_info.desc).toContain(`${after}`)
    expect(finding.observables).toEqual(
      expect.arrayContaining([
        { name: 'evidences.resources.uid_alt', type_id: 10, type: 'Resource UID', value: before },
        { name: 'evidences.resources.uid_alt', type_id: 10, type: 'Resource UID', value: after },
      ]),
    )
  })

  it('merges the same change seen again within the window', async () => {
    const replay = RUG_PULL.events.map((event) => ({ ...event, time: event.time + 600_000 }))
    const run = await runProcessor(detector(), [...RUG_PULL.events, ...replay])
    const changes = (run.events as DetectionFinding[]).filter(
      (finding) => finding.finding_info.analytic?.uid === 'mcp-tool-definition-changed',
    )
    // The replay changes the tool back (after to before) and then again (before to after): three firings, two keys.
    expect(changes.map((finding) => finding.finding_info.related_events_count)).toEqual([4, 2])
  })

  it('survives events whose fields have the wrong types', async () => {
    const [first] = RUG_PULL.events
    if (first === undefined) throw new Error('fixture is empty')
    const hostile = [
      { ...first, api: { operation: 'tools/list' }, message_context: 'nope', resources: 'nope' },
      { ...first, message_context: { uid: 7, service: { name: ['weather'] } } },
      { ...first, resources: [null, { type: 'MCP tool', name: 42, uid_alt: {} }] },
      {
        ...first,
        api: { ...first.api, request: { uid: 7 } },
        metadata: { ...first.metadata, correlation_uid: 5, uid: undefined },
      },
    ]
    const run = await runProcessor(detector(), [...hostile, ...RUG_PULL.events])
    expect(run.reporter.skipped.size).toBe(0)
    expect(run.events).toHaveLength(1)
    expect(zodProblems(run.events)).toEqual([])
  })
})

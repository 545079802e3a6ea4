/** The whole detector: options, merging of repeated firings, bad input and valid findings. */

import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createDetectionProcessor } from '#shared/detect/index.ts'
import type { DetectionFinding } from '#shared/ocsf/index.ts'
import { firstFixtureEvent, itRunsEveryFixtureCase } from '../../../../tests/helpers/fixture-findings.ts'
import { runProcessor } from '../../../../tests/helpers/in-process.ts'
import { zodProblems } from '../../../../tests/helpers/validators.ts'
import { RULES } from '../src/rules/index.ts'
import { DEFAULT_CONFIG } from './rules/test-config.ts'

const FIXTURES = join(import.meta.dirname, 'fixtures')
const ALICE_EXEC = firstFixtureEvent(FIXTURES, 'k8s-pod-exec-attach')

function detector(config = DEFAULT_CONFIG, dedupWindowMs = 3_600_000) {
  return createDetectionProcessor({
    skill: 'detect-privilege-escalation-k8s',
    rules: RULES,
    config,
    dedupWindowMs,
  })
}

describe('detect-privilege-escalation-k8s', () => {
  itRunsEveryFixtureCase({
    fixturesDir: FIXTURES,
    ruleIds: RULES.map((rule) => rule.id),
    createProcessor: () => detector(),
    sourceIdsName: 'audit ids',
  })

  it('merges repeated firings on the same actor and target within the window', async () => {
    const later = {
      ...ALICE_EXEC,
      time: ALICE_EXEC.time + 60_000,
      metadata: { ...ALICE_EXEC.metadata, uid: 'second' },
    }
    const run = await runProcessor(detector(), [ALICE_EXEC, later])
    expect(run.events).toHaveLength(1)
    const finding = run.events[0] as DetectionFinding
    expect(finding.finding_info.related_events_count).toBe(2)
    expect(finding.finding_info.first_seen_time).toBe(ALICE_EXEC.time)
    expect(finding.finding_info.last_seen_time).toBe(later.time)
    expect(finding.time).toBe(later.time)
  })

  it('opens a new finding once the window has passed', async () => {
    const nextDay = { ...ALICE_EXEC, time: ALICE_EXEC.time + 86_400_000 }
    const run = await runProcessor(detector(), [ALICE_EXEC, nextDay])
    expect(run.events).toHaveLength(2)
  })

  it('stays quiet for an allowlisted operator', async () => {
    const config = { ...DEFAULT_CONFIG, execAllowlist: new Set(['alice@example.com']) }
    const run = await runProcessor(detector(config), [ALICE_EXEC])
    expect(run.events).toHaveLength(0)
  })

  it('writes findings with ATT&CK, evidence and the source event ids', async () => {
    const run = await runProcessor(detector(), [ALICE_EXEC])
    expect(zodProblems(run.events)).toEqual([])
    expect(run.events[0]).toMatchObject({
      class_uid: 2004,
      severity_id: 3,
      finding_info: {
        analytic: { uid: 'k8s-pod-exec-attach', type_id: 1 },
        attacks: [
          {
            technique: { uid: 'T1609', name: 'Container Administration Command' },
            tactic: { uid: 'TA0002', name: 'Execution' },
            version: 'v14',
          },
        ],
        related_events: [{ uid: ALICE_EXEC.metadata.original_event_uid }],
      },
      evidences: [{ actor: { user: { name: 'alice@example.com' } } }],
      observables: expect.arrayContaining([
        { name: 'evidences.actor.user.name', type_id: 4, type: 'User Name', value: 'alice@example.com' },
      ]),
    })
  })

  it('survives an event whose fields have the wrong types', async () => {
    const hostile = {
      ...ALICE_EXEC,
      api: { operation: 42, service: { name: 'k8s.io' } },
      resources: 'nope',
      actor: [],
    }
    const run = await runProcessor(detector(), [hostile, ALICE_EXEC])
    expect(run.events).toHaveLength(1)
    expect(zodProblems(run.events)).toEqual([])
  })
})

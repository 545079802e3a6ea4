/**
 * The third-party CloudTrail and VPC flow corpus, merged as the detector reads it. Neither log was
 * captured with the other, so no pair is expected; the test states what each side offers and that the
 * detector stays quiet, and its findings (none) are what CI validates.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { createDetectionProcessor } from '#shared/detect/index.ts'
import type { OcsfEvent } from '#shared/ocsf/index.ts'
import { runProcessor } from '../../../../tests/helpers/in-process.ts'
import { corpusFile, HAS_SHARED } from '../../../../tests/helpers/paths.ts'
import { parseJsonl, runSkill } from '../../../../tests/helpers/run-skill.ts'
import { remoteServiceFlowOf } from '../src/remote-service-flow.ts'
import { roleAssumptionOf } from '../src/role-assumption.ts'
import { RULES } from '../src/rules/index.ts'
import { DEFAULT_CONFIG } from './rules/test-config.ts'

const ASSUME_TIME = ['--assume-time', '2024-01-01T00:00:00Z']
const CLOUDTRAIL_FILES = [
  'stratus_red_team_detonations.records.json',
  'panther_cloudtrail_rule_tests.jsonl',
  'plaso_aws_cloudtrail_lookupevents.jsonl',
]

describe.runIf(HAS_SHARED)('the CloudTrail and VPC flow corpus', () => {
  let events: OcsfEvent[]

  beforeAll(() => {
    const cloudtrail = runSkill('ingest-cloudtrail-ocsf', [
      '-q',
      ...ASSUME_TIME,
      ...CLOUDTRAIL_FILES.map((file) => corpusFile('cloudtrail', file)),
    ])
    const flows = runSkill('ingest-vpc-flow-logs-ocsf', [
      '-q',
      ...ASSUME_TIME,
      corpusFile('vpcflow', 'panther_vpcflow_rule_tests.jsonl'),
    ])
    events = [...parseJsonl(cloudtrail.stdout), ...parseJsonl(flows.stdout)] as OcsfEvent[]
  })

  it('offers role assumptions from outside the VPC only, and one accepted internal SSH flow', () => {
    const assumptions = events
      .map((event) => roleAssumptionOf(event, DEFAULT_CONFIG.internal))
      .filter((found) => found !== undefined)
    // Nine successful calls name a role: IAM users from public or anonymised addresses (the Stratus
    // detonations), none from a workload. Panther's test call from 10.0.0.1 names no role, and a Lambda
    // service call is the service's, so neither is read.
    expect(assumptions).toHaveLength(9)
    expect(
      assumptions.filter(
        (found) => found.caller.instance !== undefined || found.caller.address !== undefined,
      ),
    ).toEqual([])
    const flows = events
      .map((event) => remoteServiceFlowOf(event, DEFAULT_CONFIG))
      .filter((flow) => flow !== undefined)
    expect(flows.map((flow) => `${flow.source.address} -> ${flow.destination}:${flow.port}`)).toEqual([
      '10.10.10.1 -> 10.0.0.1:22',
    ])
  })

  it('stays quiet', async () => {
    const detector = createDetectionProcessor({
      skill: 'detect-lateral-movement-aws',
      rules: RULES,
      config: DEFAULT_CONFIG,
      dedupWindowMs: DEFAULT_CONFIG.windowMs,
    })
    const run = await runProcessor(detector, events)
    expect(run.events).toEqual([])
    expect(run.reporter.isBalanced()).toBe(true)
  })
})

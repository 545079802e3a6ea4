/**
 * The whole detector over the golden scenario's two ingested logs: the same findings in any order,
 * valid OCSF, the allow-lists and port options, bounded evidence, and state that stays within its
 * ceilings however many workloads pass through.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createDetectionProcessor, isCorrelationRule } from '#shared/detect/index.ts'
import type { DetectionFinding, OcsfEvent } from '#shared/ocsf/index.ts'
import { runProcessor } from '../../../../tests/helpers/in-process.ts'
import { GOLDEN, HAS_SHARED } from '../../../../tests/helpers/paths.ts'
import { parseJsonl } from '../../../../tests/helpers/run-skill.ts'
import { ocsfValidate, zodProblems } from '../../../../tests/helpers/validators.ts'
import { parseCidr } from '../src/address-ranges.ts'
import {
  type ConfigSettings,
  type CorrelationLimits,
  DEFAULT_LIMITS,
  lateralMovementConfig,
} from '../src/config.ts'
import { RULES } from '../src/rules/index.ts'
import { DEFAULT_SETTINGS } from './rules/test-config.ts'

const SCENARIO = join(GOLDEN, 'aws-lateral-movement')
const CLOUDTRAIL = parseJsonl(
  readFileSync(join(SCENARIO, 'expected.cloudtrail.ocsf.jsonl'), 'utf8'),
) as OcsfEvent[]
const FLOWS = parseJsonl(readFileSync(join(SCENARIO, 'expected.flows.ocsf.jsonl'), 'utf8')) as OcsfEvent[]
const BASTION = 'i-0e5f60718293a4b5c'
const SCENARIO_SETTINGS: ConfigSettings = { ...DEFAULT_SETTINGS, allowedInstances: [BASTION] }

function cidrs(...texts: string[]) {
  return texts.map((text) => parseCidr(text)).filter((cidr) => cidr !== undefined)
}

async function detect(events: readonly unknown[], settings: ConfigSettings = SCENARIO_SETTINGS) {
  const config = lateralMovementConfig(settings)
  const detector = createDetectionProcessor({
    skill: 'detect-lateral-movement-aws',
    rules: RULES,
    config,
    dedupWindowMs: config.windowMs,
  })
  const run = await runProcessor(detector, events)
  return { ...run, findings: run.events as DetectionFinding[] }
}

function titles(findings: readonly DetectionFinding[]) {
  return findings.map((finding) => finding.finding_info.title)
}

const GOLDEN_TITLES = [
  'i-0a1b2c3d4e5f60718 assumed DeployAdmin, then reached 4 internal hosts over remote-service ports',
  'i-0a1b2c3d4e5f60718 assumed OrganizationAccountAccessRole, then reached 1 internal host over remote-service ports',
  '10.20.5.33 assumed reports-irsa, then reached 2 internal hosts over remote-service ports',
]

describe('detect-lateral-movement-aws', () => {
  it('writes the same findings whichever log comes first, interleaved, or with the flows in any order', async () => {
    const byTime = [...CLOUDTRAIL, ...FLOWS].sort((a, b) => a.time - b.time)
    const flowsBackwards = [...FLOWS].reverse()
    const runs = await Promise.all([
      detect([...CLOUDTRAIL, ...FLOWS]),
      detect([...FLOWS, ...CLOUDTRAIL]),
      detect(byTime),
      detect([...flowsBackwards, ...CLOUDTRAIL]),
      detect([...CLOUDTRAIL, ...flowsBackwards]),
    ])
    const [first, ...others] = runs.map((run) => run.text)
    expect(titles(runs[0]?.findings ?? [])).toEqual(GOLDEN_TITLES)
    for (const text of others) expect(text).toBe(first)
  })

  it('matches a chained call read before the call that issued its keys by its address alone', async () => {
    const chainedFirst = [CLOUDTRAIL[4], ...CLOUDTRAIL.slice(0, 4), ...CLOUDTRAIL.slice(5), ...FLOWS]
    const { findings } = await detect(chainedFirst)
    expect(titles(findings)).toEqual(GOLDEN_TITLES)
    expect(findings.map((finding) => finding.confidence)).toEqual(['High', 'Medium', 'Medium'])
    expect(findings[1]?.finding_info.desc).toContain('matched by its private address')
  })

  it('reproduces the golden findings', async () => {
    const { findings } = await detect([...FLOWS, ...CLOUDTRAIL])
    const expected = parseJsonl(readFileSync(join(SCENARIO, 'expected.findings.jsonl'), 'utf8'))
    expect(findings).toEqual(expected)
  })

  it('writes valid OCSF with ATT&CK, both logs as evidence and their ids as related events', async () => {
    const { findings } = await detect([...CLOUDTRAIL, ...FLOWS])
    expect(zodProblems(findings)).toEqual([])
    const [spread] = findings
    expect(spread).toMatchObject({
      class_uid: 2004,
      severity: 'Critical',
      confidence: 'High',
      finding_info: {
        analytic: { uid: 'aws-assume-role-then-internal-remote-service', type_id: 1 },
        data_sources: ['ingest-cloudtrail-ocsf', 'ingest-vpc-flow-logs-ocsf'],
        related_events_count: 7,
      },
      resources: [
        { type: 'AWS::IAM::Role', uid: 'arn:aws:iam::111122223333:role/DeployAdmin', name: 'DeployAdmin' },
        { type: 'Host', name: '10.20.2.40', ip: '10.20.2.40' },
        { type: 'Host', name: '10.20.2.41', ip: '10.20.2.41' },
        { type: 'Host', name: '10.20.3.10', ip: '10.20.3.10' },
        { type: 'Host', name: '10.20.4.20', ip: '10.20.4.20' },
      ],
    })
    const techniques = spread?.finding_info.attacks?.map(
      (attack) => attack.sub_technique?.uid ?? attack.technique?.uid,
    )
    expect(new Set(techniques)).toEqual(new Set(['T1078.004', 'T1021']))
    const related = spread?.finding_info.related_events?.map((event) => event.type_uid)
    expect(related).toEqual([600399, 400106, 400106, 400106, 400106, 400106])
    expect(spread?.finding_info.related_events?.[0]?.uid).toBe(CLOUDTRAIL[3]?.metadata.original_event_uid)
    expect(spread?.evidences?.[0]?.api?.operation).toBe('AssumeRole')
    expect(spread?.evidences?.[1]?.dst_endpoint).toMatchObject({ ip: '10.20.2.40', port: 22 })
  })

  it.runIf(HAS_SHARED)('passes the independent OCSF validator', async () => {
    const { text } = await detect([...CLOUDTRAIL, ...FLOWS])
    const report = ocsfValidate(text)
    expect(report.output).toMatch(/ 3 valid, 0 invalid, 0 warnings/)
  })

  it('reports the bastion once it is no longer allowed', async () => {
    const { findings } = await detect([...CLOUDTRAIL, ...FLOWS], DEFAULT_SETTINGS)
    expect(titles(findings)).toContain(
      'i-0e5f60718293a4b5c assumed OpsReadOnly, then reached 3 internal hosts over remote-service ports',
    )
  })

  it('follows a chain through an allowed role, and stays quiet for an allowed destination or workload', async () => {
    const withoutDeployAdmin = await detect([...CLOUDTRAIL, ...FLOWS], {
      ...SCENARIO_SETTINGS,
      allowedRoles: ['DeployAdmin'],
    })
    expect(titles(withoutDeployAdmin.findings)).toEqual([GOLDEN_TITLES[1], GOLDEN_TITLES[2]])
    const withoutRdpHost = await detect([...CLOUDTRAIL, ...FLOWS], {
      ...SCENARIO_SETTINGS,
      allowedDestinations: cidrs('10.20.4.20'),
    })
    expect(titles(withoutRdpHost.findings)).toEqual([
      'i-0a1b2c3d4e5f60718 assumed DeployAdmin, then reached 3 internal hosts over remote-service ports',
      GOLDEN_TITLES[2],
    ])
    const withoutPods = await detect([...CLOUDTRAIL, ...FLOWS], {
      ...SCENARIO_SETTINGS,
      allowedAddresses: cidrs('10.20.5.0/24'),
    })
    expect(titles(withoutPods.findings)).toEqual([GOLDEN_TITLES[0], GOLDEN_TITLES[1]])
  })

  it('watches the ports it is told to, and grades by the fan-out threshold', async () => {
    const { findings } = await detect([...CLOUDTRAIL, ...FLOWS], {
      ...SCENARIO_SETTINGS,
      ignorePorts: [5432, 3389],
      addPorts: [443],
      fanout: 5,
    })
    expect(titles(findings)).toEqual([
      'i-0a1b2c3d4e5f60718 assumed DeployAdmin, then reached 3 internal hosts over remote-service ports',
      'i-0c3d4e5f607182930 assumed ReportPublisher, then reached 1 internal host over remote-service ports',
      '10.20.5.33 assumed reports-irsa, then reached 1 internal host over remote-service ports',
    ])
    expect(findings.map((finding) => finding.severity)).toEqual(['High', 'High', 'Medium'])
    expect(findings[1]?.finding_info.desc).toContain('over port 443 (443)')
  })

  it('counts a record read twice once', async () => {
    const once = await detect([...CLOUDTRAIL, ...FLOWS])
    const twice = await detect([...CLOUDTRAIL, ...FLOWS, ...CLOUDTRAIL, ...FLOWS])
    expect(twice.text).toBe(once.text)
  })

  it('passes over classes it does not read, skips what is not OCSF, and survives wrongly typed fields', async () => {
    const [assumption] = CLOUDTRAIL.slice(3)
    const hostile = {
      ...assumption,
      api: { operation: 42, service: 'sts' },
      actor: [],
      resources: 'nope',
      src_endpoint: { ip: { octets: [10, 20, 1, 15] } },
    }
    const text = [
      '{"class_uid":2004,"time":1,"metadata":{}}',
      '{"not":"ocsf"}',
      JSON.stringify(hostile),
      ...[...CLOUDTRAIL, ...FLOWS].map((event) => JSON.stringify(event)),
    ].join('\n')
    const config = lateralMovementConfig(SCENARIO_SETTINGS)
    const detector = createDetectionProcessor({
      skill: 'detect-lateral-movement-aws',
      rules: RULES,
      config,
      dedupWindowMs: config.windowMs,
    })
    const run = await runProcessor(detector, text, 'merged.jsonl')
    expect(titles(run.events as DetectionFinding[])).toEqual(GOLDEN_TITLES)
    expect(run.reporter.dropped.get('event class not read by these rules')).toBe(1)
    expect(run.reporter.skipped).toEqual(new Map([['not an OCSF event', 1]]))
    expect(run.reporter.isBalanced()).toBe(true)
  })
})

/** One workload's role assumption and SSH to one neighbour, made from the scenario's records. */
function workloadPair(index: number, hosts = 1): OcsfEvent[] {
  const [assumption] = CLOUDTRAIL.slice(3, 4)
  const [flow] = FLOWS.slice(2, 3)
  if (assumption === undefined || flow === undefined) throw new Error('scenario is short')
  const instance = `i-${index.toString(16).padStart(17, '0')}`
  const address = `10.30.${Math.floor(index / 250)}.${(index % 250) + 1}`
  const call = {
    ...assumption,
    metadata: { ...assumption.metadata, uid: `call-${index}`, original_event_uid: `call-${index}` },
    actor: { ...assumption.actor, session: { uid: instance } },
    src_endpoint: { ip: address },
  }
  const flows = Array.from({ length: hosts }, (_, host) => ({
    ...flow,
    time: flow.time + host * 1000,
    start_time: flow.time + host * 1000,
    metadata: { ...flow.metadata, uid: `flow-${index}-${host}` },
    src_endpoint: { ip: address, port: 50_000 + host, instance_uid: instance },
    dst_endpoint: { ip: `10.40.${Math.floor(host / 250)}.${(host % 250) + 1}`, port: 22 },
  }))
  return [call, ...flows]
}

function limited(limits: Partial<CorrelationLimits>): ConfigSettings {
  return { ...DEFAULT_SETTINGS, limits: { ...DEFAULT_LIMITS, ...limits } }
}

describe('detect-lateral-movement-aws state', () => {
  const pairs = Array.from({ length: 40 }, (_, index) => workloadPair(index))
  const calls = pairs.map(([call]) => call)
  const flows = pairs.flatMap(([, ...rest]) => rest)

  it('remembers only as many workloads as its ceiling: the most recently seen', async () => {
    // Each workload is filed under its instance id and its address: eight identities are four workloads.
    const { findings } = await detect([...calls, ...flows], limited({ workloads: 8 }))
    expect(titles(findings)).toEqual(
      [36, 37, 38, 39].map(
        (index) =>
          `i-${index.toString(16).padStart(17, '0')} assumed DeployAdmin, then reached 1 internal host over remote-service ports`,
      ),
    )
  })

  it('writes the oldest open finding early at its ceiling, and loses none', async () => {
    const config = lateralMovementConfig(limited({ openFindings: 3 }))
    const [rule] = RULES
    if (rule === undefined || !isCorrelationRule(rule)) throw new Error('the rule is not a correlation rule')
    const correlator = rule.correlator(config)
    const early = [...calls, ...flows].flatMap((event) => correlator.observe(event as OcsfEvent))
    const atEnd = correlator.finish?.() ?? []
    expect(early).toHaveLength(37)
    expect(atEnd).toHaveLength(3)
    const { findings } = await detect([...calls, ...flows], limited({ openFindings: 3 }))
    expect(findings).toHaveLength(40)
  })

  it('opens a pushed-out finding again with its role assumption, so each one written stands on its own', () => {
    const [rule] = RULES
    if (rule === undefined || !isCorrelationRule(rule)) throw new Error('the rule is not a correlation rule')
    const correlator = rule.correlator(lateralMovementConfig(limited({ openFindings: 1 })))
    const [firstCall, ...firstFlows] = workloadPair(1, 2)
    const [secondCall, secondFlow] = workloadPair(2)
    const stream = [firstCall, firstFlows[0], secondCall, secondFlow, firstFlows[1]]
    const written = [
      ...stream.flatMap((event) => correlator.observe(event as OcsfEvent)),
      ...(correlator.finish?.() ?? []),
    ]
    expect(written.map((detection) => detection.key[0])).toEqual([
      'i-00000000000000001',
      'i-00000000000000002',
      'i-00000000000000001',
    ])
    for (const detection of written) {
      expect(detection.events[0]?.class_uid).toBe(6003)
      expect(detection.desc).toContain('with AssumeRole at 2026-03-02T10:02:10.000Z')
    }
  })

  it('keeps the latest flows per workload and bounded evidence, and counts what it kept', async () => {
    const [call, ...manyFlows] = workloadPair(7, 30)
    const { findings } = await detect([...manyFlows, call], limited({ flowsPerWorkload: 12 }))
    const [finding] = findings
    expect(finding?.evidences).toHaveLength(10)
    expect(finding?.finding_info.related_events_count).toBe(13)
    expect(finding?.finding_info.title).toContain('reached 12 internal hosts')
    expect(finding?.finding_info.desc).toContain('10.40.0.19:22')
    expect(finding?.finding_info.desc).toContain('and 4 more.')
    expect(finding?.resources).toHaveLength(6)
  })
})

/** Every form ASFF findings arrive in, which class each becomes, and what each part of it maps to. */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { ComplianceFinding, DetectionFinding } from '#shared/ocsf/index.ts'
import { runProcessor } from '../../../../tests/helpers/in-process.ts'
import { zodProblems } from '../../../../tests/helpers/validators.ts'
import { createSecurityHubProcessor, type SecurityHubOptions } from '../src/asff-processor.ts'

type Finding = Record<string, unknown>
const FIXTURES = JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures', 'findings.json'), 'utf8')) as {
  guardDutyC2: Finding
  failedControl: Finding
  decoyAccess: Finding
}

type Emitted = DetectionFinding | ComplianceFinding

async function ingest(records: unknown[] | string, options: SecurityHubOptions = {}) {
  const run = await runProcessor(createSecurityHubProcessor(options), records, 'asff.jsonl')
  expect(zodProblems(run.events)).toEqual([])
  expect(run.reporter.isBalanced()).toBe(true)
  return { ...run, events: run.events as Emitted[] }
}

async function ingestOne(finding: unknown): Promise<Emitted> {
  const { events, warnings } = await ingest([finding])
  expect(warnings).toEqual([])
  const [event] = events
  if (event === undefined) throw new Error('no finding emitted')
  return event
}

function eventBridge(
  detail: unknown,
  detailType = 'Security Hub Findings - Imported',
  source = 'aws.securityhub',
) {
  return {
    version: '0',
    id: '0bf2c6c6-7a0d-4b6e-9f53-2b7a6c1b1f11',
    'detail-type': detailType,
    source,
    account: '111122223333',
    time: '2026-03-02T12:00:00Z',
    region: 'eu-west-1',
    resources: [],
    detail,
  }
}

describe('forms', () => {
  it('reads single findings, {"Findings": [...]}, arrays and EventBridge events alike', async () => {
    const { events, reporter } = await ingest([
      FIXTURES.guardDutyC2,
      { Findings: [FIXTURES.guardDutyC2, FIXTURES.failedControl] },
      [FIXTURES.guardDutyC2],
      eventBridge({ findings: [FIXTURES.guardDutyC2, FIXTURES.failedControl] }),
    ])
    expect(reporter.read).toBe(6)
    expect(events.map((event) => event.class_uid)).toEqual([2004, 2004, 2003, 2004, 2004, 2003])
    const sameFinding = events
      .filter((event) => event.class_uid === 2004)
      .map((event) => ({ ...event, metadata: { ...event.metadata, sequence: 0 } }))
    for (const other of sameFinding) expect(other).toEqual(sameFinding[0])
  })

  it('drops events that carry no findings, and events of other sources', async () => {
    const { events, reporter } = await ingest([
      eventBridge(
        { actionName: 'x', insightName: 'Top resources', insightResults: [] },
        'Security Hub Insight Results',
      ),
      eventBridge({ findings: 'not a list' }),
      eventBridge(FIXTURES.guardDutyC2, 'GuardDuty Finding', 'aws.guardduty'),
    ])
    expect(events).toEqual([])
    expect(reporter.dropped).toEqual(
      new Map([
        ['Security Hub event without findings', 2],
        ['EventBridge event that is not from Security Hub', 1],
      ]),
    )
  })

  it('takes the EventBridge time for a finding without times', async () => {
    const noTimes = { ...FIXTURES.decoyAccess, CreatedAt: undefined, UpdatedAt: undefined }
    const { events } = await ingest([eventBridge({ findings: [noTimes] })])
    expect(events[0]?.time).toBe(Date.parse('2026-03-02T12:00:00Z'))
    const alone = await ingest([noTimes])
    expect(alone.warnings).toEqual([
      'test: asff.jsonl:1: skipped: no usable timestamp (the record has no time field)',
    ])
  })

  it('skips what is not ASFF, pointing GuardDuty findings to their own ingester, and malformed lines', async () => {
    const text = [
      JSON.stringify({ id: 'abc', type: 'Recon:EC2/PortProbeUnprotectedPort', service: {} }),
      JSON.stringify({ Title: 'no id' }),
      '{"SchemaVersion": ',
      JSON.stringify(FIXTURES.decoyAccess),
    ].join('\n')
    const { events, warnings } = await ingest(text)
    expect(events).toHaveLength(1)
    expect(warnings).toEqual([
      'test: asff.jsonl:1: skipped: not an ASFF finding (a GuardDuty finding: use ingest-guardduty-ocsf)',
      'test: asff.jsonl:2: skipped: not an ASFF finding (no Id and ProductArn)',
      expect.stringMatching(/^test: asff\.jsonl:3: skipped: malformed JSON \(/),
    ])
  })
})

describe('detection findings', () => {
  it('keeps the finding id, severity, times, product and generator', async () => {
    const event = (await ingestOne(FIXTURES.guardDutyC2)) as DetectionFinding
    expect(event).toMatchObject({
      class_uid: 2004,
      activity_id: 2,
      severity_id: 4,
      status_id: 1,
      is_alert: true,
      time: Date.parse('2026-03-02T08:50:40.502Z'),
    })
    expect(event.finding_info).toMatchObject({
      uid: FIXTURES.guardDutyC2.Id,
      types: ['TTPs/Command and Control/Backdoor:EC2-C&CActivity.B!DNS'],
      analytic: { uid: FIXTURES.guardDutyC2.GeneratorId, type_id: 0 },
      product: {
        uid: 'arn:aws:securityhub:eu-west-1::product/aws/guardduty',
        name: 'GuardDuty',
        vendor_name: 'Amazon',
      },
      attacks: [{ tactic: { uid: 'TA0011', name: 'Command and Control' }, version: 'v14' }],
      src_url: FIXTURES.guardDutyC2.SourceUrl,
      first_seen_time: Date.parse('2026-03-02T08:01:12.000Z'),
      last_seen_time: Date.parse('2026-03-02T08:44:50.000Z'),
    })
    expect(event.evidences).toEqual([
      {
        dst_endpoint: { domain: 'c2.example.net' },
        connection_info: { direction_id: 2, direction: 'Outbound', protocol_name: 'udp' },
      },
    ])
    expect(event.resources).toEqual([
      {
        type: 'AwsEc2Instance',
        uid: 'arn:aws:ec2:eu-west-1:111122223333:instance/i-0a1b2c3d4e5f60718',
        region: 'eu-west-1',
        cloud_partition: 'aws',
        tags: [{ name: 'service', value: 'payments' }],
      },
    ])
    expect(JSON.stringify(event)).not.toContain('IpV4Addresses')
    expect(event.unmapped).toMatchObject({ record_state: 'ACTIVE', workflow_status: 'NEW' })
  })

  it('reads tactics and technique ids from TTP types, the actor from the access key, and Network', async () => {
    const event = (await ingestOne(FIXTURES.decoyAccess)) as DetectionFinding
    expect(event).toMatchObject({
      severity_id: 3,
      status_id: 2,
      status: 'In Progress',
      confidence_score: 90,
      activity_id: 1,
    })
    expect(event.finding_info.attacks).toEqual([
      {
        tactic: { uid: 'TA0004', name: 'Privilege Escalation' },
        technique: { uid: 'T1098', name: 'Account Manipulation' },
        sub_technique: { uid: 'T1098.003', name: 'Additional Cloud Roles' },
        version: 'v14',
      },
      { tactic: { uid: 'TA0007', name: 'Discovery' }, version: 'v14' },
    ])
    expect(event.evidences).toEqual([
      {
        actor: {
          user: {
            name: 'ci-runner',
            uid: 'AROA3XFRBF23EXAMPLE:ci-runner',
            account: { uid: '111122223333', type_id: 10, type: 'AWS Account' },
          },
          session: {
            credential_uid: 'ASIAIOSFODNN7EXAMPLE',
            issuer: 'arn:aws:iam::111122223333:role/ci-runner',
            created_time: Date.parse('2026-03-02T11:02:44Z'),
            is_mfa: false,
          },
        },
        api: { operation: 'AssumeRole', service: { name: 'sts.amazonaws.com' } },
        src_endpoint: { ip: '198.51.100.77' },
      },
      {
        src_endpoint: { ip: '198.51.100.77', port: 50211 },
        dst_endpoint: { domain: 'sts.eu-west-1.amazonaws.com', port: 443 },
        connection_info: { direction_id: 1, direction: 'Inbound', protocol_name: 'tcp' },
      },
    ])
    expect(event.resources?.map((resource) => [resource.uid, resource.role])).toEqual([
      ['arn:aws:iam::111122223333:role/payments-breakglass', 'Target'],
      ['ASIAIOSFODNN7EXAMPLE', 'Actor'],
    ])
  })

  it.each([
    [{ Severity: { Label: 'CRITICAL' } }, 5],
    [{ Severity: { Label: 'INFORMATIONAL' } }, 1],
    [{ Severity: { Normalized: 0 } }, 1],
    [{ Severity: { Normalized: 39 } }, 2],
    [{ Severity: { Normalized: 40 } }, 3],
    [{ Severity: { Normalized: 89 } }, 4],
    [{ Severity: { Normalized: 90 } }, 5],
    [{ Severity: {}, FindingProviderFields: { Severity: { Label: 'LOW' } } }, 2],
    [{ Severity: { Label: 'SEVERE' } }, 0],
  ])('severity %j is %i', async (override, severityId) => {
    const event = await ingestOne({ ...FIXTURES.decoyAccess, ...override })
    expect(event.severity_id).toBe(severityId)
  })

  it.each([
    [{ Workflow: { Status: 'RESOLVED' } }, 4, false, 1],
    [{ Workflow: { Status: 'SUPPRESSED' } }, 3, false, 1],
    [{ Workflow: undefined, WorkflowState: 'IN_PROGRESS' }, 2, true, 1],
    [{ Workflow: undefined, RecordState: 'ARCHIVED' }, 5, false, 3],
    [{ Workflow: { Status: 'NEW' }, RecordState: 'ARCHIVED' }, 5, false, 3],
    [{ Workflow: { Status: 'RESOLVED' }, RecordState: 'ARCHIVED' }, 4, false, 3],
  ])('workflow %j is status %i', async (override, statusId, isAlert, activityId) => {
    const event = await ingestOne({ ...FIXTURES.decoyAccess, ...override })
    expect(event).toMatchObject({ status_id: statusId, is_alert: isAlert, activity_id: activityId })
  })

  it('keeps a vulnerability finding a Detection Finding, with its CVE ids', async () => {
    const event = await ingestOne({
      ...FIXTURES.decoyAccess,
      Types: ['Software and Configuration Checks/Vulnerabilities/CVE'],
      Vulnerabilities: [{ Id: 'CVE-2024-3094' }, { Id: 'CVE-2024-6387' }],
    })
    expect(event.class_uid).toBe(2004)
    expect(event.unmapped).toMatchObject({ vulnerability_ids: ['CVE-2024-3094', 'CVE-2024-6387'] })
  })

  it('labels sample findings', async () => {
    const event = await ingestOne({ ...FIXTURES.decoyAccess, Sample: true })
    expect(event.metadata.labels).toEqual(['sample'])
  })
})

describe('compliance findings', () => {
  it('maps a failed control with its standard, requirements, reasons and remediation', async () => {
    const event = (await ingestOne(FIXTURES.failedControl)) as ComplianceFinding
    expect(event).toMatchObject({
      class_uid: 2003,
      type_uid: 200302,
      severity_id: 4,
      status_id: 1,
      is_alert: true,
      time: Date.parse('2026-03-02T10:00:06.901Z'),
    })
    // is_alert of a Compliance Finding belongs to the security_control profile.
    expect(event.metadata.profiles).toEqual(['cloud', 'security_control'])
    expect(event.compliance).toEqual({
      standards: ['standards/aws-foundational-security-best-practices/v/1.0.0'],
      control: 'S3.8',
      desc: 'S3 general purpose buckets should block public access',
      requirements: ['NIST.800-53.r5 AC-21', 'NIST.800-53.r5 AC-3'],
      status_id: 3,
      status: 'Fail',
      status_code: 'FAILED',
      status_details: ['Block public access is off for the bucket.'],
      control_parameters: [{ name: 'excludedPublicBuckets', values: ['public-website'] }],
    })
    expect(event.finding_info.analytic).toEqual({
      uid: 'security-control/S3.8',
      name: 'S3 general purpose buckets should block public access',
      type_id: 1,
      type: 'Rule',
    })
    expect(event.remediation).toEqual({
      desc: 'For information on how to correct this issue, consult the AWS Security Hub controls documentation.',
      references: ['https://docs.aws.amazon.com/console/securityhub/S3.8/remediation'],
    })
  })

  it.each([
    ['PASSED', 1, 'Pass', false],
    ['WARNING', 2, 'Warning', false],
    ['NOT_AVAILABLE', 0, 'Unknown', false],
    ['FAILED', 3, 'Fail', true],
  ])('Compliance.Status %s is %i %s', async (status, statusId, caption, isAlert) => {
    const finding = {
      ...FIXTURES.failedControl,
      Compliance: { ...(FIXTURES.failedControl.Compliance as Finding), Status: status },
    }
    const event = (await ingestOne(finding)) as ComplianceFinding
    expect(event.compliance).toMatchObject({ status_id: statusId, status: caption, status_code: status })
    expect(event.is_alert).toBe(isAlert)
  })

  it('treats a standards check without a Compliance block as a compliance finding of unknown outcome', async () => {
    const event = (await ingestOne({ ...FIXTURES.failedControl, Compliance: undefined })) as ComplianceFinding
    expect(event.class_uid).toBe(2003)
    expect(event.compliance).toEqual({
      desc: 'S3 general purpose buckets should block public access',
      status_id: 0,
      status: 'Unknown',
    })
    expect(event.is_alert).toBe(false)
  })

  it('keeps a resolved failure out of alerts', async () => {
    const event = await ingestOne({ ...FIXTURES.failedControl, Workflow: { Status: 'RESOLVED' } })
    expect(event).toMatchObject({ status_id: 4, is_alert: false })
  })
})

describe('determinism', () => {
  it('gives byte-identical output for the same input, one metadata.uid per finding version', async () => {
    const later = { ...FIXTURES.failedControl, UpdatedAt: '2026-03-03T10:00:06.000Z' }
    const first = await ingest([FIXTURES.failedControl, later])
    const second = await ingest([FIXTURES.failedControl, later])
    expect(first.text).toBe(second.text)
    expect(first.events[0]?.finding_info.uid).toBe(first.events[1]?.finding_info.uid)
    expect(first.events[0]?.metadata.uid).not.toBe(first.events[1]?.metadata.uid)
  })
})

/** Every form a GuardDuty finding arrives in, and what each part of it becomes. */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { DetectionFinding } from '#shared/ocsf/index.ts'
import { runProcessor } from '../../../../tests/helpers/in-process.ts'
import { zodProblems } from '../../../../tests/helpers/validators.ts'
import { createGuardDutyProcessor, type GuardDutyOptions } from '../src/guardduty-processor.ts'

type Finding = Record<string, unknown>
const FIXTURES = JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures', 'findings.json'), 'utf8')) as {
  credentialExfiltration: Finding
  portProbe: Finding
  attackSequence: Finding
}

async function ingest(records: unknown[] | string, options: GuardDutyOptions = {}) {
  const run = await runProcessor(createGuardDutyProcessor(options), records, 'findings.jsonl')
  expect(zodProblems(run.events)).toEqual([])
  expect(run.reporter.isBalanced()).toBe(true)
  return { ...run, events: run.events as DetectionFinding[] }
}

async function ingestOne(finding: unknown): Promise<DetectionFinding> {
  const { events, warnings } = await ingest([finding])
  expect(warnings).toEqual([])
  const [event] = events
  if (event === undefined) throw new Error('no finding emitted')
  return event
}

/** The AWS CLI writes the same shape with PascalCase keys. */
function pascalCase(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(pascalCase)
  if (typeof value !== 'object' || value === null) return value
  return Object.fromEntries(
    Object.entries(value).map(([key, member]) => [
      `${key.charAt(0).toUpperCase()}${key.slice(1)}`,
      pascalCase(member),
    ]),
  )
}

function eventBridge(detail: unknown, detailType = 'GuardDuty Finding', source = 'aws.guardduty') {
  return {
    version: '0',
    id: 'c8c4daa7-a20c-2f03-0070-b7393dd542ad',
    'detail-type': detailType,
    source,
    account: '111122223333',
    time: '2026-03-02T09:41:07Z',
    region: 'eu-west-1',
    resources: [],
    detail,
  }
}

describe('forms', () => {
  it('reads single findings, GetFindings output in either case, arrays and EventBridge events alike', async () => {
    const { events } = await ingest([
      FIXTURES.credentialExfiltration,
      { Findings: [pascalCase(FIXTURES.credentialExfiltration)] },
      { findings: [FIXTURES.credentialExfiltration] },
      [FIXTURES.credentialExfiltration],
      eventBridge(FIXTURES.credentialExfiltration),
    ])
    expect(events).toHaveLength(5)
    const [first, ...rest] = events.map((event) => ({
      ...event,
      metadata: { ...event.metadata, sequence: 0 },
    }))
    for (const other of rest) expect(other).toEqual(first)
  })

  it('drops EventBridge events that are not GuardDuty findings', async () => {
    const { events, reporter } = await ingest([
      eventBridge(
        { 'instance-id': 'i-0a1b2c3d4e5f60718', state: 'running' },
        'EC2 Instance State-change Notification',
        'aws.ec2',
      ),
      eventBridge({ scanId: 'scan-1' }, 'GuardDuty Malware Protection Object Scan Result'),
    ])
    expect(events).toEqual([])
    expect(reporter.dropped).toEqual(new Map([['EventBridge event that is not a GuardDuty finding', 2]]))
  })

  it('skips what is not a GuardDuty finding, pointing ASFF to its own ingester', async () => {
    const { events, warnings } = await ingest([
      {
        Id: 'arn:aws:securityhub:finding/1',
        ProductArn: 'arn:aws:securityhub:::product/aws/guardduty',
        GeneratorId: 'x',
      },
      { type: 'Recon:EC2/PortProbeUnprotectedPort' },
      eventBridge('not an object'),
    ])
    expect(events).toEqual([])
    expect(warnings).toEqual([
      'test: findings.jsonl:1: skipped: not a GuardDuty finding (an ASFF finding: use ingest-security-hub-ocsf)',
      'test: findings.jsonl:2: skipped: not a GuardDuty finding (the record has no type, id and service)',
      'test: findings.jsonl:3: skipped: not a GuardDuty finding (the event detail is not a JSON object)',
    ])
  })

  it('skips malformed lines and goes on', async () => {
    const text = ['{"schemaVersion": "2.0",', JSON.stringify(FIXTURES.portProbe)].join('\n')
    const { events, warnings } = await ingest(text)
    expect(events).toHaveLength(1)
    expect(warnings).toEqual([expect.stringMatching(/^test: findings\.jsonl:1: skipped: malformed JSON \(/)])
  })
})

describe('the finding', () => {
  it("keeps GuardDuty's id, times, severity and type", async () => {
    const event = await ingestOne(FIXTURES.credentialExfiltration)
    expect(event).toMatchObject({
      class_uid: 2004,
      activity_id: 2,
      activity_name: 'Update',
      severity_id: 4,
      severity: 'High',
      status_id: 1,
      is_alert: true,
      count: 4,
      time: Date.parse('2026-03-02T09:41:05.874Z'),
      message: 'Credentials for the EC2 instance role payments-app were used from a remote AWS account.',
    })
    expect(event.finding_info).toMatchObject({
      uid: 'd2c6a1f0e9b84c7d8e6f5a4b3c2d1e0f',
      uid_alt:
        'arn:aws:guardduty:eu-west-1:111122223333:detector/12abc34d567e8fa901bc2d34e56789f0/finding/d2c6a1f0e9b84c7d8e6f5a4b3c2d1e0f',
      types: ['UnauthorizedAccess:IAMUser/InstanceCredentialExfiltration.OutsideAWS'],
      analytic: {
        uid: 'UnauthorizedAccess:IAMUser/InstanceCredentialExfiltration.OutsideAWS',
        category: 'UnauthorizedAccess',
        type_id: 0,
      },
      product: { name: 'Amazon GuardDuty', vendor_name: 'Amazon Web Services' },
      created_time: Date.parse('2026-03-02T09:25:31.112Z'),
      modified_time: Date.parse('2026-03-02T09:41:05.874Z'),
      first_seen_time: Date.parse('2026-03-02T09:12:40.000Z'),
      last_seen_time: Date.parse('2026-03-02T09:20:03.000Z'),
    })
    // UnauthorizedAccess names a kind of threat, not an ATT&CK tactic.
    expect(event.finding_info.attacks).toBeUndefined()
    expect(event.metadata).toMatchObject({
      original_event_uid: 'd2c6a1f0e9b84c7d8e6f5a4b3c2d1e0f',
      original_time: '2026-03-02T09:41:05.874Z',
      log_provider: 'Amazon GuardDuty',
      profiles: ['cloud'],
    })
    expect(event.cloud).toEqual({
      provider: 'AWS',
      account: { uid: '111122223333', type_id: 10, type: 'AWS Account' },
      region: 'eu-west-1',
      cloud_partition: 'aws',
    })
    expect(event.unmapped).toMatchObject({
      guardduty_severity: 8,
      finding_type: { threat_purpose: 'UnauthorizedAccess', detection_mechanism: 'OutsideAWS' },
    })
  })

  it('puts the caller, its credential and the API call in the evidence', async () => {
    const event = await ingestOne(FIXTURES.credentialExfiltration)
    expect(event.evidences).toEqual([
      {
        actor: {
          user: {
            name: 'payments-app',
            uid: 'AROA3XFRBF23EXAMPLE:i-0a1b2c3d4e5f60718',
            account: { uid: '111122223333', type_id: 10, type: 'AWS Account' },
          },
          session: { credential_uid: 'ASIAIOSFODNN7EXAMPLE' },
        },
        api: { operation: 'ListBuckets', service: { name: 's3.amazonaws.com' } },
        src_endpoint: {
          ip: '198.51.100.77',
          isp: 'Example Transit',
          isp_org: 'Example Hosting',
          location: { city: 'Amsterdam', country: 'NL', lat: 52.37, long: 4.89 },
        },
        http_request: { user_agent: 'aws-cli/2.15.30 Python/3.11.8' },
      },
    ])
    expect(event.resources).toEqual([
      {
        type: 'AccessKey',
        uid: 'ASIAIOSFODNN7EXAMPLE',
        name: 'payments-app',
        region: 'eu-west-1',
        cloud_partition: 'aws',
        role_id: 1,
        role: 'Target',
      },
    ])
    expect(event.observables?.map((item) => [item.name, item.value])).toEqual([
      ['evidences.actor.user.name', 'payments-app'],
      ['evidences.src_endpoint.ip', '198.51.100.77'],
      ['resources.uid', 'ASIAIOSFODNN7EXAMPLE'],
    ])
  })

  it('lists each probe of a port probe, and the instance with its private address', async () => {
    const event = await ingestOne(FIXTURES.portProbe)
    expect(event).toMatchObject({ activity_id: 1, severity_id: 2, count: 17 })
    expect(event.evidences).toEqual([
      { src_endpoint: { ip: '192.0.2.44' }, dst_endpoint: { ip: '10.20.1.15', port: 22 } },
      { src_endpoint: { ip: '192.0.2.45' }, dst_endpoint: { ip: '10.20.1.15', port: 3389 } },
    ])
    expect(event.resources).toEqual([
      {
        type: 'Instance',
        uid: 'i-0a1b2c3d4e5f60718',
        zone: 'eu-west-1b',
        ip: '10.20.1.15',
        tags: [{ name: 'service', value: 'payments' }],
        region: 'eu-west-1',
        cloud_partition: 'aws',
        role_id: 1,
        role: 'Target',
      },
    ])
  })

  it.each([
    [
      'an inbound connection',
      'INBOUND',
      { ip: '198.51.100.9', port: 50123 },
      { ip: '10.20.1.15', port: 22 },
      1,
    ],
    [
      'an outbound connection',
      'OUTBOUND',
      { ip: '10.20.1.15', port: 22 },
      { ip: '198.51.100.9', port: 50123 },
      2,
    ],
  ])('orients %s by its direction', async (_name, direction, src, dst, directionId) => {
    const event = await ingestOne({
      ...FIXTURES.portProbe,
      type: 'UnauthorizedAccess:EC2/SSHBruteForce',
      service: {
        ...(FIXTURES.portProbe.service as Finding),
        action: {
          actionType: 'NETWORK_CONNECTION',
          networkConnectionAction: {
            connectionDirection: direction,
            protocol: 'TCP',
            blocked: false,
            localIpDetails: { ipAddressV4: '10.20.1.15' },
            localPortDetails: { port: 22, portName: 'SSH' },
            remoteIpDetails: { ipAddressV4: '198.51.100.9' },
            remotePortDetails: { port: 50123 },
          },
        },
      },
    })
    expect(event.evidences).toEqual([
      {
        src_endpoint: src,
        dst_endpoint: dst,
        connection_info: {
          direction_id: directionId,
          direction: direction === 'INBOUND' ? 'Inbound' : 'Outbound',
          protocol_name: 'tcp',
        },
      },
    ])
  })

  it('names the domain of a DNS request and the caller of a Kubernetes API call', async () => {
    const dns = await ingestOne({
      ...FIXTURES.portProbe,
      type: 'Backdoor:EC2/C&CActivity.B!DNS',
      service: {
        ...(FIXTURES.portProbe.service as Finding),
        action: {
          actionType: 'DNS_REQUEST',
          dnsRequestAction: { domain: 'c2.example.net', protocol: 'UDP', blocked: false },
        },
      },
    })
    expect(dns.evidences).toEqual([
      {
        dst_endpoint: { domain: 'c2.example.net' },
        connection_info: { direction_id: 2, direction: 'Outbound', protocol_name: 'udp' },
      },
    ])
    const kubernetes = await ingestOne({
      ...FIXTURES.portProbe,
      type: 'PrivilegeEscalation:Kubernetes/PrivilegedContainer',
      resource: {
        resourceType: 'EKSCluster',
        eksClusterDetails: { name: 'payments', arn: 'arn:aws:eks:eu-west-1:111122223333:cluster/payments' },
        kubernetesDetails: {
          kubernetesUserDetails: {
            username: 'system:serviceaccount:ci:deployer',
            uid: 'f1e2d3c4',
            groups: ['system:serviceaccounts'],
          },
          kubernetesWorkloadDetails: { name: 'debug', type: 'pods', uid: 'a1b2c3d4', namespace: 'ci' },
        },
      },
      service: {
        ...(FIXTURES.portProbe.service as Finding),
        action: {
          actionType: 'KUBERNETES_API_CALL',
          kubernetesApiCallAction: {
            requestUri: '/api/v1/namespaces/ci/pods',
            verb: 'create',
            sourceIps: ['10.20.3.7'],
            userAgent: 'kubectl/v1.30.2',
            statusCode: 201,
          },
        },
      },
    })
    expect(kubernetes.evidences).toEqual([
      {
        actor: {
          user: {
            name: 'system:serviceaccount:ci:deployer',
            uid: 'f1e2d3c4',
            groups: [{ name: 'system:serviceaccounts' }],
          },
        },
        api: { operation: 'create', service: { name: 'k8s.io' } },
        src_endpoint: { ip: '10.20.3.7' },
        http_request: { user_agent: 'kubectl/v1.30.2', url: { path: '/api/v1/namespaces/ci/pods' } },
      },
    ])
    expect(kubernetes.resources?.map((resource) => [resource.type, resource.uid ?? resource.name])).toEqual([
      ['EKSCluster', 'arn:aws:eks:eu-west-1:111122223333:cluster/payments'],
      ['pods', 'a1b2c3d4'],
    ])
    expect(kubernetes.finding_info.attacks).toEqual([
      { tactic: { uid: 'TA0004', name: 'Privilege Escalation' }, version: 'v14' },
    ])
  })
})

describe('ATT&CK', () => {
  it.each([
    ['CredentialAccess:IAMUser/AnomalousBehavior', 'TA0006', 'Credential Access'],
    ['DefenseEvasion:IAMUser/AnomalousBehavior', 'TA0005', 'Defense Evasion'],
    ['Discovery:S3/MaliciousIPCaller', 'TA0007', 'Discovery'],
    ['Execution:Runtime/NewBinaryExecuted', 'TA0002', 'Execution'],
    ['Exfiltration:S3/AnomalousBehavior', 'TA0010', 'Exfiltration'],
    ['Impact:EC2/WinRMBruteForce', 'TA0040', 'Impact'],
    ['InitialAccess:IAMUser/AnomalousBehavior', 'TA0001', 'Initial Access'],
    ['Persistence:IAMUser/AnomalousBehavior', 'TA0003', 'Persistence'],
    ['PrivilegeEscalation:IAMUser/AnomalousBehavior', 'TA0004', 'Privilege Escalation'],
  ])('the threat purpose of %s is tactic %s', async (type, uid, name) => {
    const event = await ingestOne({ ...FIXTURES.credentialExfiltration, type })
    expect(event.finding_info.attacks).toEqual([{ tactic: { uid, name }, version: 'v14' }])
  })

  it.each([
    'Backdoor:EC2/DenialOfService.Tcp',
    'Recon:EC2/PortProbeUnprotectedPort',
    'Policy:S3/BucketBlockPublicAccessDisabled',
    'Stealth:IAMUser/CloudTrailLoggingDisabled',
  ])('%s names no tactic, and gets none', async (type) => {
    const event = await ingestOne({ ...FIXTURES.credentialExfiltration, type })
    expect(event.finding_info.attacks).toBeUndefined()
  })

  it("takes an attack sequence's techniques under the tactics it states, and keeps unpinned ones aside", async () => {
    const event = await ingestOne(FIXTURES.attackSequence)
    expect(event).toMatchObject({
      severity_id: 5,
      severity: 'Critical',
      finding_info: { product: { feature: { name: 'Correlation' } } },
    })
    expect(event.finding_info.attacks).toEqual([
      {
        tactic: { uid: 'TA0005', name: 'Defense Evasion' },
        technique: { uid: 'T1562', name: 'Impair Defenses' },
        sub_technique: { uid: 'T1562.008', name: 'Disable or Modify Cloud Logs' },
        version: 'v14',
      },
      {
        tactic: { uid: 'TA0003', name: 'Persistence' },
        technique: { uid: 'T1098', name: 'Account Manipulation' },
        sub_technique: { uid: 'T1098.003', name: 'Additional Cloud Roles' },
        version: 'v14',
      },
    ])
    expect(event.unmapped).toMatchObject({ unpinned_techniques: ['T1666'] })
    expect(event.resources).toEqual([
      {
        type: 'AWS::CloudTrail::Trail',
        uid: 'arn:aws:cloudtrail:eu-west-1:111122223333:trail/org-trail',
        name: 'org-trail',
        region: 'eu-west-1',
        cloud_partition: 'aws',
      },
    ])
  })

  it('reads technique ids from the description of a sequence without indicators', async () => {
    const event = await ingestOne({
      ...FIXTURES.attackSequence,
      service: { ...(FIXTURES.attackSequence.service as Finding), detection: undefined },
      description:
        'Techniques observed: T1078.004 - Valid Accounts: Cloud Accounts, T1087.004 - Account Discovery: Cloud Account',
    })
    expect(
      event.finding_info.attacks?.map((attack) => `${attack.tactic?.uid}:${attack.sub_technique?.uid}`),
    ).toEqual([
      'TA0005:T1078.004',
      'TA0003:T1078.004',
      'TA0004:T1078.004',
      'TA0001:T1078.004',
      'TA0007:T1087.004',
    ])
  })

  it('does not read technique-like text in the description of other findings', async () => {
    const event = await ingestOne({
      ...FIXTURES.portProbe,
      description: 'Probed from host T1046 of the lab.',
    })
    expect(event.finding_info.attacks).toBeUndefined()
  })
})

describe('status and time', () => {
  it('closes an archived finding', async () => {
    const event = await ingestOne({
      ...FIXTURES.portProbe,
      service: { ...(FIXTURES.portProbe.service as Finding), archived: true },
    })
    expect(event).toMatchObject({
      activity_id: 3,
      activity_name: 'Close',
      status_id: 5,
      status: 'Archived',
      is_alert: false,
    })
  })

  it("labels GuardDuty's sample findings", async () => {
    const event = await ingestOne({
      ...FIXTURES.portProbe,
      service: {
        ...(FIXTURES.portProbe.service as Finding),
        additionalInfo: { sample: true, type: 'default', value: '{"sample":true}' },
      },
    })
    expect(event.metadata.labels).toEqual(['sample'])
  })

  it('falls back to the EventBridge time, and reports a finding with no time at all', async () => {
    const noTimes = { ...FIXTURES.portProbe, createdAt: undefined, updatedAt: undefined }
    const fromEvent = await ingestOne(eventBridge(noTimes))
    expect(fromEvent.time).toBe(Date.parse('2026-03-02T09:41:07Z'))
    const { events, warnings } = await ingest([noTimes])
    expect(events).toEqual([])
    expect(warnings).toEqual([
      'test: findings.jsonl:1: skipped: no usable timestamp (the record has no time field)',
    ])
    const assumed = await ingest([noTimes], { assumeTime: Date.UTC(2026, 2, 2) })
    expect(assumed.events[0]).toMatchObject({
      time: Date.UTC(2026, 2, 2),
      metadata: { labels: ['time-assumed'] },
    })
  })

  it('gives each version of a finding its own metadata.uid, and the same one on a rerun', async () => {
    const later = { ...FIXTURES.portProbe, updatedAt: '2026-03-02T06:50:00.000Z' }
    const first = await ingest([FIXTURES.portProbe, later])
    const second = await ingest([FIXTURES.portProbe, later])
    expect(first.text).toBe(second.text)
    const [original, update] = first.events
    expect(original?.finding_info.uid).toBe(update?.finding_info.uid)
    expect(original?.metadata.uid).not.toBe(update?.metadata.uid)
    expect(update).toMatchObject({ activity_id: 2 })
  })
})

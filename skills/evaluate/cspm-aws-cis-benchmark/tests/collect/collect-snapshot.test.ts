/**
 * The collector through the real AWS SDK clients against a loopback server that speaks each service's wire
 * protocol: what it reads, how it pages, retries and gives up, and that it calls nothing outside the policy
 * REFERENCES.md documents.
 */
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { ServiceError } from '#shared/errors/index.ts'
import {
  evaluateControls,
  SILENT_PROGRESS,
  type SnapshotFile,
  snapshotSubject,
} from '#shared/posture/index.ts'
import type { LoopbackAws } from '../../../../../tests/helpers/aws-loopback.ts'
import { useExampleCredentials } from '../../../../../tests/helpers/aws-test-env.ts'
import { zodProblems } from '../../../../../tests/helpers/validators.ts'
import { BENCHMARK, SKILL_NAME } from '../../src/benchmark.ts'
import { type CollectSettings, collectSnapshot } from '../../src/collect/collect-snapshot.ts'
import { CONTROLS } from '../../src/controls/index.ts'
import { AwsSnapshotData } from '../../src/snapshot.ts'
import { AWS_SNAPSHOTS } from '../../src/subject.ts'
import { COLLECTED_AT, compliantAccount, noncompliantAccount } from '../fake-aws/accounts.ts'
import type { FakeAccount, Fault } from '../fake-aws/fake-account.ts'
import { iamActionOf } from '../fake-aws/iam-actions.ts'
import { startFakeAws } from '../fake-aws/server.ts'

const running: LoopbackAws[] = []

beforeAll(() => useExampleCredentials(mkdtempSync(join(tmpdir(), 'aws-home-'))))
afterEach(async () => {
  for (const fake of running.splice(0)) await fake.close()
})

async function collect(account: FakeAccount, faults: readonly Fault[] = [], regions?: string[]) {
  const fake = await startFakeAws(account, { faults })
  running.push(fake)
  const settings: CollectSettings = {
    endpoint: fake.endpoint,
    maxAttempts: 3,
    homeRegion: 'us-east-1',
    regions,
    reportTiming: { polls: 3, pollIntervalMs: 1 },
    now: COLLECTED_AT,
  }
  const snapshot = await collectSnapshot(settings, SILENT_PROGRESS)
  return { snapshot, calls: fake.calls }
}

function evaluate(snapshot: SnapshotFile<AwsSnapshotData>) {
  const loaded = snapshotSubject(snapshot, 'snapshot.json', AWS_SNAPSHOTS)
  return evaluateControls({ skill: SKILL_NAME, benchmark: BENCHMARK, controls: CONTROLS, ...loaded })
}

function statusesByControl(snapshot: SnapshotFile<AwsSnapshotData>): Map<string, Set<string>> {
  const statuses = new Map<string, Set<string>>()
  for (const finding of evaluate(snapshot)) {
    const control = finding.compliance.control ?? ''
    statuses.set(control, (statuses.get(control) ?? new Set()).add(finding.compliance.status ?? ''))
  }
  return statuses
}

function findingsOf(snapshot: SnapshotFile<AwsSnapshotData>, control: string) {
  return evaluate(snapshot).filter((finding) => finding.compliance.control === control)
}

function countOf(
  calls: readonly { service: string; operation: string; region: string }[],
  key: string,
): number {
  return calls.filter((call) => `${call.service}:${call.operation}@${call.region}` === key).length
}

/** The actions of the policy document in REFERENCES.md, the one users are told to grant. */
function documentedActions(): Set<string> {
  const references = readFileSync(join(import.meta.dirname, '..', '..', 'REFERENCES.md'), 'utf8')
  const block = /## Permissions[\s\S]*?```json\n([\s\S]*?)```/.exec(references)?.[1]
  if (block === undefined) throw new Error('REFERENCES.md has no policy document under ## Permissions')
  const policy = JSON.parse(block) as {
    Statement: Array<{ Effect: string; Action: string[]; Resource: string }>
  }
  return new Set(policy.Statement.flatMap((statement) => statement.Action))
}

describe('collecting a compliant account', () => {
  it('writes a snapshot its schema accepts, on which every control passes', async () => {
    const { snapshot } = await collect(compliantAccount())
    expect(AwsSnapshotData.safeParse(snapshot.data).success).toBe(true)
    expect(snapshot).toMatchObject({ kind: SKILL_NAME, collected_at: '2026-03-02T12:00:00.000Z', errors: {} })
    const findings = evaluate(snapshot)
    expect(zodProblems(findings)).toEqual([])
    const statuses = statusesByControl(snapshot)
    expect(statuses.size).toBe(CONTROLS.length)
    for (const [control, seen] of statuses) expect([control, [...seen]]).toEqual([control, ['Pass']])
  })

  it('reads every page of IAM, EC2, CloudWatch Logs and SNS lists', async () => {
    const { snapshot, calls } = await collect(compliantAccount())
    expect(countOf(calls, 'iam:ListUsers@us-east-1')).toBe(2)
    expect(snapshot.data.iam.users.map((user) => user.userName)).toEqual(['alice', 'build-bot', 'carol'])
    expect(countOf(calls, 'iam:ListPolicies@us-east-1')).toBe(2)
    expect(snapshot.data.iam.attachedPolicies).toHaveLength(3)
    expect(countOf(calls, 'ec2:DescribeSecurityGroups@eu-west-1')).toBe(2)
    for (const region of snapshot.data.regions) expect(region.securityGroups).toHaveLength(4)
    expect(countOf(calls, 'logs:DescribeMetricFilters@us-east-1')).toBe(8)
    expect(snapshot.data.monitoring.logGroups[0]?.metricFilters).toHaveLength(15)
    expect(snapshot.data.monitoring.topics).toEqual([
      {
        topicArn: 'arn:aws:sns:us-east-1:111122223333:security-alerts',
        confirmedSubscriptions: 1,
        errors: {},
      },
    ])
  })

  it('waits for the credential report, then reads it', async () => {
    const { snapshot, calls } = await collect(compliantAccount())
    expect(countOf(calls, 'iam:GenerateCredentialReport@us-east-1')).toBe(2)
    expect(snapshot.data.iam.credentialReport?.users.map((user) => user.user)).toEqual([
      '<root_account>',
      'alice',
      'build-bot',
      'carol',
    ])
    expect(snapshot.data.iam.credentialReport?.users[1]).toMatchObject({
      passwordEnabled: true,
      mfaActive: true,
      accessKeys: [
        { slot: 1, active: true, lastUsed: '2026-03-01T12:00:00+00:00' },
        { slot: 2, active: false },
      ],
    })
  })

  it('asks each bucket in its own region, and asks GetBucketLocation when the list does not say', async () => {
    const { snapshot, calls } = await collect(compliantAccount())
    expect(snapshot.data.s3.buckets.map((bucket) => [bucket.name, bucket.region])).toEqual([
      ['acme-access-logs', 'eu-west-1'],
      ['acme-artifacts', 'eu-west-1'],
      ['acme-cloudtrail-logs', 'us-east-1'],
    ])
    expect(countOf(calls, 's3:GetBucketLocation@us-east-1')).toBe(1)
    expect(countOf(calls, 's3:GetBucketVersioning@eu-west-1')).toBe(2)
    expect(countOf(calls, 's3-control:GetPublicAccessBlock@us-east-1')).toBe(1)
  })

  it('reads every enabled region and no other', async () => {
    const { snapshot, calls } = await collect(compliantAccount())
    expect(snapshot.data.regions.map((region) => region.region)).toEqual(['eu-west-1', 'us-east-1'])
    expect(calls.some((call) => call.region === 'ap-east-1')).toBe(false)
  })
})

describe("a trail's bucket in another account", () => {
  function withCentralBucket(readable: boolean): FakeAccount {
    const account = compliantAccount()
    const central = {
      name: 'org-central-cloudtrail',
      region: 'eu-west-1',
      inAccount: false,
      readable,
      logging: { TargetBucket: 'org-central-access-logs', TargetPrefix: 'trail/' },
    }
    return {
      ...account,
      s3: { ...account.s3, buckets: [...account.s3.buckets, central] },
      trails: account.trails.map((trail) => ({ ...trail, s3BucketName: central.name })),
    }
  }

  it("reads its logging, following S3 to the bucket's region, and evaluates nothing else of it", async () => {
    const { snapshot, calls } = await collect(withCentralBucket(true))
    expect(snapshot.data.s3.buckets.find((bucket) => bucket.name === 'org-central-cloudtrail')).toEqual({
      name: 'org-central-cloudtrail',
      region: null,
      inAccount: false,
      publicAccessBlock: null,
      versioning: null,
      logging: { targetBucket: 'org-central-access-logs', targetPrefix: 'trail/' },
      errors: {},
    })
    // Its region is unknown, so it is asked from us-east-1 first (beside the account's own bucket there), and
    // S3's redirect sends the SDK to eu-west-1 (beside the account's two buckets there).
    expect(countOf(calls, 's3:GetBucketLogging@us-east-1')).toBe(2)
    expect(countOf(calls, 's3:GetBucketLogging@eu-west-1')).toBe(3)
    expect(
      findingsOf(snapshot, '3.4').map((finding) => [finding.resources?.[0]?.name, finding.compliance.status]),
    ).toEqual([['org-central-cloudtrail', 'Pass']])
    expect(
      findingsOf(snapshot, '2.1.4').some(
        (finding) => finding.resources?.[0]?.name === 'org-central-cloudtrail',
      ),
    ).toBe(false)
  })

  it('is Unknown for 3.4 when that account does not let it be read', async () => {
    const { snapshot } = await collect(withCentralBucket(false))
    const [finding] = findingsOf(snapshot, '3.4')
    expect(finding?.compliance.status).toBe('Unknown')
    expect(finding?.compliance.status_details?.[0]).toContain('the caller needs s3:GetBucketLogging')
  })
})

describe('collecting a non-compliant account', () => {
  it('fails every control at least once', async () => {
    const { snapshot } = await collect(noncompliantAccount())
    expect(snapshot.errors).toEqual({})
    const statuses = statusesByControl(snapshot)
    expect(statuses.size).toBe(CONTROLS.length)
    for (const [control, seen] of statuses) expect([control, seen.has('Fail')]).toEqual([control, true])
  })

  it('keeps an account without a password policy or Block Public Access apart from a failed read', async () => {
    const { snapshot } = await collect(noncompliantAccount())
    expect(snapshot.data.s3.accountPublicAccessBlock).toBeNull()
    expect(snapshot.data.s3.errors).toEqual({})
    expect(
      snapshot.data.s3.buckets.find((bucket) => bucket.name === 'acme-trail-logs')?.publicAccessBlock,
    ).toBeNull()
  })
})

describe('collection failures become Unknown, never a pass', () => {
  it('names the missing permission of a denied section and evaluates the rest', async () => {
    const { snapshot } = await collect(compliantAccount(), [
      { service: 'iam', operation: 'ListUsers', error: 'AccessDenied' },
      { service: 'ec2', operation: 'DescribeSecurityGroups', region: 'eu-west-1', error: 'AccessDenied' },
      { service: 's3-control', operation: 'GetPublicAccessBlock', error: 'AccessDenied' },
    ])
    expect(snapshot.errors['iam.users']).toBe(
      'AWS IAM ListUsers: permission denied; the caller needs iam:ListUsers: User: arn:aws:iam::111122223333:user/auditor is not authorized to perform: iam:ListUsers because no identity-based policy allows the action',
    )
    const users = findingsOf(snapshot, '1.15')
    expect(users).toHaveLength(1)
    expect(users[0]?.compliance).toMatchObject({ status: 'Unknown', status_id: 0 })
    expect(users[0]?.compliance.status_details?.[0]).toContain('the caller needs iam:ListUsers')

    const openPorts = findingsOf(snapshot, '5.2').map((finding) => [
      finding.cloud?.region,
      finding.compliance.status,
    ])
    expect(openPorts).toContainEqual(['eu-west-1', 'Unknown'])
    expect(
      openPorts.filter(([region]) => region === 'us-east-1').every(([, status]) => status === 'Pass'),
    ).toBe(true)
    expect(
      findingsOf(snapshot, '5.2').find((finding) => finding.cloud?.region === 'eu-west-1')?.compliance
        .status_details?.[0],
    ).toContain('ec2:DescribeSecurityGroups')

    // The buckets' own settings still decide when the account's cannot be read.
    const blocks = findingsOf(snapshot, '2.1.4').map((finding) => [
      finding.resources?.[0]?.name,
      finding.compliance.status,
    ])
    expect(blocks).toEqual([
      ['111122223333', 'Unknown'],
      ['acme-access-logs', 'Pass'],
      ['acme-artifacts', 'Unknown'],
      ['acme-cloudtrail-logs', 'Pass'],
    ])
  })

  it('retries throttling, and reports a call still throttled after the retries', async () => {
    const { snapshot, calls } = await collect(compliantAccount(), [
      { service: 'ec2', operation: 'DescribeVpcs', region: 'us-east-1', error: 'Throttling', times: 1 },
      { service: 'cloudtrail', operation: 'DescribeTrails', region: 'eu-west-1', error: 'Throttling' },
    ])
    expect(countOf(calls, 'ec2:DescribeVpcs@us-east-1')).toBe(2)
    expect(snapshot.data.regions.find((region) => region.region === 'us-east-1')?.vpcs).toHaveLength(2)
    expect(countOf(calls, 'cloudtrail:DescribeTrails@eu-west-1')).toBe(3)
    expect(snapshot.data.regions.find((region) => region.region === 'eu-west-1')?.errors?.trails).toMatch(
      /^AWS CloudTrail DescribeTrails: still throttled after retries; run again later/,
    )
    // The multi-region trail is seen from us-east-1, so 3.1 still knows; the region's own trails do not.
    expect(findingsOf(snapshot, '3.1')[0]?.compliance.status).toBe('Pass')
    expect(findingsOf(snapshot, '3.2').map((finding) => finding.compliance.status)).toEqual([
      'Pass',
      'Unknown',
    ])
  })

  it.each([
    [
      'monitoring',
      'DescribeAlarmsForMetric',
      'AccessDenied',
      'the caller needs cloudwatch:DescribeAlarmsForMetric',
    ],
    ['sns', 'ListSubscriptionsByTopic', 'AccessDenied', 'the caller needs sns:ListSubscriptionsByTopic'],
    ['logs', 'DescribeMetricFilters', 'Throttling', 'DescribeMetricFilters: still throttled after retries'],
  ] as const)(
    'reports section 4 Unknown when %s %s fails (%s)',
    async (service, operation, error, message) => {
      const { snapshot } = await collect(compliantAccount(), [{ service, operation, error }])
      for (const control of ['4.1', '4.8', '4.15']) {
        const [finding] = findingsOf(snapshot, control)
        expect([control, finding?.compliance.status]).toEqual([control, 'Unknown'])
        expect(finding?.compliance.status_details?.[0]).toContain(message)
      }
    },
  )

  it('does not read a region the account has not enabled, and reports it Unknown', async () => {
    const { snapshot, calls } = await collect(compliantAccount(), [], ['us-east-1', 'ap-east-1'])
    expect(calls.some((call) => call.region === 'ap-east-1')).toBe(false)
    const ebs = findingsOf(snapshot, '2.2.1').map((finding) => [
      finding.cloud?.region,
      finding.compliance.status,
    ])
    expect(ebs).toEqual([
      ['ap-east-1', 'Unknown'],
      ['us-east-1', 'Pass'],
    ])
    expect(findingsOf(snapshot, '2.2.1')[0]?.compliance.status_details?.[0]).toContain(
      'ap-east-1 is not enabled for this account (opt-in status not-opted-in)',
    )
  })

  it('reads the regions asked for when the region list itself is denied', async () => {
    const { snapshot, calls } = await collect(
      compliantAccount(),
      [{ service: 'ec2', operation: 'DescribeRegions', error: 'AccessDenied' }],
      ['eu-west-1'],
    )
    expect(snapshot.errors).toEqual({})
    expect(snapshot.data.regions.map((region) => [region.region, region.errors])).toEqual([['eu-west-1', {}]])
    expect(countOf(calls, 'ec2:GetEbsEncryptionByDefault@eu-west-1')).toBe(1)
  })

  it('reports every regional control Unknown when the regions cannot be listed', async () => {
    const { snapshot } = await collect(compliantAccount(), [
      { service: 'ec2', operation: 'DescribeRegions', error: 'AccessDenied' },
    ])
    expect(snapshot.errors['ec2.regions']).toContain('the caller needs ec2:DescribeRegions')
    for (const control of ['2.2.1', '3.1', '3.7', '4.4', '5.2']) {
      expect([control, findingsOf(snapshot, control).map((finding) => finding.compliance.status)]).toEqual([
        control,
        ['Unknown'],
      ])
    }
  })

  it('ends the run when the credentials do not work at all', async () => {
    await expect(
      collect(compliantAccount(), [
        { service: 'sts', operation: 'GetCallerIdentity', error: 'AccessDenied' },
      ]),
    ).rejects.toThrow(ServiceError)
  })
})

describe('permissions', () => {
  it('calls exactly the actions of the documented read-only policy', async () => {
    const runs = await Promise.all([
      collect(compliantAccount()),
      collect(noncompliantAccount()),
      collect(
        compliantAccount(),
        [{ service: 'iam', operation: 'ListUsers', error: 'AccessDenied' }],
        ['us-east-1', 'ap-east-1'],
      ),
    ])
    const called = new Set(runs.flatMap(({ calls }) => calls.map(iamActionOf)))
    expect([...called].sort()).toEqual([...documentedActions()].sort())
  })

  it('documents only read actions', () => {
    for (const action of documentedActions()) {
      expect(action).toMatch(/^[a-z0-9]+:(Get|List|Describe|GenerateCredentialReport$)/)
    }
  })
})

/**
 * The collector through google-auth-library's real client against a loopback server that speaks the Google
 * REST APIs: what it reads, how it pages and retries, how a denied, throttled or disabled API becomes
 * Unknown and never a pass, and that it calls nothing outside the custom role REFERENCES.md documents.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { ServiceError } from '#shared/errors/index.ts'
import {
  evaluateControls,
  SILENT_PROGRESS,
  type SnapshotFile,
  snapshotSubject,
} from '#shared/posture/index.ts'
import { GOOGLE_ACCESS_TOKEN } from '../../../../../tests/helpers/google-metadata.ts'
import { zodProblems } from '../../../../../tests/helpers/validators.ts'
import { BENCHMARK, SKILL_NAME } from '../../src/benchmark.ts'
import { collectSnapshot } from '../../src/collect/collect-snapshot.ts'
import { CONTROLS } from '../../src/controls/index.ts'
import { GcpSnapshotData } from '../../src/snapshot.ts'
import { GCP_SNAPSHOTS } from '../../src/subject.ts'
import { permissionOf } from '../fake-google/permissions.ts'
import { COLLECTED_AT, compliantProject, noncompliantProject } from '../fake-google/projects.ts'
import { type FakeGoogle, type FakeProject, type Fault, startFakeGoogle } from '../fake-google/server.ts'
import { useLoopbackCredentials } from './google-test-env.ts'

const running: FakeGoogle[] = []
afterEach(async () => {
  for (const fake of running.splice(0)) await fake.close()
})

async function collect(project: FakeProject, faults: readonly Fault[] = []) {
  const fake = await startFakeGoogle(project, faults)
  running.push(fake)
  useLoopbackCredentials(fake.host)
  const snapshot = await collectSnapshot(
    { project: project.projectId, endpoint: fake.url, retry: { retries: 2, delayMs: 5 }, now: COLLECTED_AT },
    SILENT_PROGRESS,
  )
  return { snapshot, calls: fake.calls }
}

function evaluate(snapshot: SnapshotFile<GcpSnapshotData>) {
  return evaluateControls({
    skill: SKILL_NAME,
    benchmark: BENCHMARK,
    controls: CONTROLS,
    ...snapshotSubject(snapshot, 'snapshot.json', GCP_SNAPSHOTS),
  })
}

function statusesByControl(snapshot: SnapshotFile<GcpSnapshotData>): Map<string, Set<string>> {
  const statuses = new Map<string, Set<string>>()
  for (const finding of evaluate(snapshot)) {
    const control = finding.compliance.control ?? ''
    statuses.set(control, (statuses.get(control) ?? new Set()).add(finding.compliance.status ?? ''))
  }
  return statuses
}

function findingsOf(snapshot: SnapshotFile<GcpSnapshotData>, control: string) {
  return evaluate(snapshot)
    .filter((finding) => finding.compliance.control === control)
    .map((finding) => [
      finding.resources?.[0]?.name,
      finding.compliance.status,
      finding.compliance.status_details?.[0],
    ])
}

function count(calls: FakeGoogle['calls'], method: string): number {
  return calls.filter((call) => call.method === method).length
}

/** The permissions of the custom role in REFERENCES.md, the one users are told to grant. */
function documentedPermissions(): Set<string> {
  const references = readFileSync(join(import.meta.dirname, '..', '..', 'REFERENCES.md'), 'utf8')
  const block = /## Permissions[\s\S]*?```json\n([\s\S]*?)```/.exec(references)?.[1]
  if (block === undefined) throw new Error('REFERENCES.md has no custom role under ## Permissions')
  return new Set((JSON.parse(block) as { includedPermissions: string[] }).includedPermissions)
}

describe('collecting a compliant project', () => {
  it('writes a snapshot its schema accepts, on which every control passes', async () => {
    const { snapshot, calls } = await collect(compliantProject())
    expect(GcpSnapshotData.safeParse(snapshot.data).success).toBe(true)
    expect(snapshot).toMatchObject({ kind: SKILL_NAME, collected_at: '2026-03-02T12:00:00.000Z', errors: {} })
    expect(zodProblems(evaluate(snapshot))).toEqual([])
    const statuses = statusesByControl(snapshot)
    expect(statuses.size).toBe(CONTROLS.length)
    for (const [control, seen] of statuses) expect([control, [...seen]]).toEqual([control, ['Pass']])
    expect(new Set(calls.map((call) => call.authorization))).toEqual(
      new Set([`Bearer ${GOOGLE_ACCESS_TOKEN}`]),
    )
  })

  it('follows nextPageToken through every list', async () => {
    const { snapshot, calls } = await collect(compliantProject())
    expect(count(calls, 'iam.projects.serviceAccounts.list')).toBe(2)
    expect(snapshot.data.serviceAccounts.map((account) => account.email)).toEqual([
      'app@acme-prod-123.iam.gserviceaccount.com',
      'etl@acme-prod-123.iam.gserviceaccount.com',
      '123456789012-compute@developer.gserviceaccount.com',
    ])
    expect(count(calls, 'storage.buckets.list')).toBe(2)
    expect(count(calls, 'storage.buckets.getIamPolicy')).toBe(3)
    expect(count(calls, 'compute.firewalls.list')).toBe(2)
    expect(snapshot.data.firewalls).toHaveLength(4)
    expect(count(calls, 'compute.subnetworks.aggregatedList')).toBe(2)
    expect(snapshot.data.subnetworks.map((subnet) => `${subnet.region}/${subnet.name}`)).toEqual([
      'us-central1/default',
      'europe-west1/app-eu',
      'europe-west1/proxy-only-eu',
    ])
    expect(snapshot.data.iamPolicy?.bindings[3]).toEqual({
      role: 'roles/bigquery.dataEditor',
      members: ['serviceAccount:etl@acme-prod-123.iam.gserviceaccount.com'],
      condition: 'business-hours',
    })
  })
})

describe('collecting a non-compliant project', () => {
  it('fails every control at least once', async () => {
    const { snapshot } = await collect(noncompliantProject())
    expect(snapshot.errors).toEqual({})
    for (const [control, seen] of statusesByControl(snapshot))
      expect([control, seen.has('Fail')]).toEqual([control, true])
    expect(findingsOf(snapshot, '1.7')).toContainEqual([
      'builder@acme-dev-456.iam.gserviceaccount.com',
      'Fail',
      'builder@acme-dev-456.iam.gserviceaccount.com: 2a3b4c5d6e7f80910000000000000003 is 95 days old.',
    ])
  })
})

describe('collection failures become Unknown, never a pass', () => {
  it('names the permission of a denied list and of a denied bucket policy, and evaluates the rest', async () => {
    const { snapshot } = await collect(noncompliantProject(), [
      {
        method: 'iam.projects.serviceAccounts.list',
        status: 403,
        rpcStatus: 'PERMISSION_DENIED',
        reason: 'IAM_PERMISSION_DENIED',
      },
      {
        method: 'storage.buckets.getIamPolicy',
        path: 'acme-dev-shared',
        status: 403,
        rpcStatus: 'PERMISSION_DENIED',
        reason: 'forbidden',
      },
    ])
    expect(snapshot.errors[`iam.serviceAccounts`]).toBe(
      'IAM projects.serviceAccounts.list: permission denied; the caller needs iam.serviceAccounts.list: PERMISSION_DENIED on iam.projects.serviceAccounts.list',
    )
    for (const control of ['1.4', '1.5', '1.7']) {
      const found = findingsOf(snapshot, control)
      expect(found).toHaveLength(1)
      expect(found[0]?.[1]).toBe('Unknown')
      expect(found[0]?.[2]).toContain('the caller needs iam.serviceAccounts.list')
    }
    expect(findingsOf(snapshot, '5.1').map(([name, status]) => [name, status])).toEqual([
      ['acme-dev-public-site', 'Fail'],
      ['acme-dev-shared', 'Unknown'],
      ['acme-dev-scratch', 'Pass'],
    ])
    expect(findingsOf(snapshot, '5.1')[1]?.[2]).toContain('the caller needs storage.buckets.getIamPolicy')
    expect(findingsOf(snapshot, '5.2').every(([, status]) => status !== 'Unknown')).toBe(true)
  })

  it('says an API is not enabled, instead of reporting no firewall rules or subnets', async () => {
    const { snapshot } = await collect(compliantProject(), [
      {
        method: 'compute.firewalls.list',
        status: 403,
        rpcStatus: 'PERMISSION_DENIED',
        reason: 'SERVICE_DISABLED',
      },
      {
        method: 'compute.subnetworks.aggregatedList',
        status: 403,
        rpcStatus: 'PERMISSION_DENIED',
        reason: 'accessNotConfigured',
      },
    ])
    expect(snapshot.errors['compute.firewalls']).toMatch(
      /^Compute Engine firewalls.list: the API is not enabled in project acme-prod-123/,
    )
    for (const control of ['3.6', '3.7', '3.8'])
      expect(findingsOf(snapshot, control).map(([, status]) => status)).toEqual(['Unknown'])
  })

  it('retries throttling, and reports a call still throttled after the retries', async () => {
    const { snapshot, calls } = await collect(compliantProject(), [
      {
        method: 'storage.buckets.list',
        status: 429,
        rpcStatus: 'RESOURCE_EXHAUSTED',
        reason: 'rateLimitExceeded',
        times: 1,
      },
      {
        method: 'cloudresourcemanager.projects.getIamPolicy',
        status: 429,
        rpcStatus: 'RESOURCE_EXHAUSTED',
        reason: 'RATE_LIMIT_EXCEEDED',
      },
    ])
    expect(count(calls, 'storage.buckets.list')).toBe(3)
    expect(snapshot.data.buckets).toHaveLength(3)
    expect(count(calls, 'cloudresourcemanager.projects.getIamPolicy')).toBe(3)
    expect(snapshot.errors['resourcemanager.projectIamPolicy']).toMatch(
      /^Resource Manager projects.getIamPolicy: still throttled after retries/,
    )
    expect(findingsOf(snapshot, '1.1').map(([, status]) => status)).toEqual(['Unknown'])
  })

  it('reports every subnet control Unknown when a region of the aggregated list is unreachable', async () => {
    const project = compliantProject()
    const unreachable = {
      ...project,
      subnetworks: {
        ...project.subnetworks,
        'regions/me-central2': { warning: { code: 'UNREACHABLE', message: 'The region is unreachable.' } },
      },
    }
    const { snapshot } = await collect(unreachable)
    expect(snapshot.errors['compute.subnetworks']).toContain('regions/me-central2: UNREACHABLE')
    expect(findingsOf(snapshot, '3.8').map(([, status]) => status)).toEqual(['Unknown'])
  })

  it('stops with a service error when the credentials do not work at all', async () => {
    await expect(
      collect(compliantProject(), [
        { method: 'cloudresourcemanager.projects.getIamPolicy', status: 401, rpcStatus: 'UNAUTHENTICATED' },
      ]),
    ).rejects.toThrow(ServiceError)
  })
})

describe('permissions', () => {
  it('calls exactly the permissions of the documented custom role', async () => {
    const runs = [await collect(compliantProject()), await collect(noncompliantProject())]
    const called = new Set(runs.flatMap(({ calls }) => calls.map(permissionOf)))
    expect([...called].sort()).toEqual([...documentedPermissions()].sort())
  })

  it('documents only read permissions', () => {
    for (const permission of documentedPermissions()) expect(permission).toMatch(/\.(list|get|getIamPolicy)$/)
  })
})

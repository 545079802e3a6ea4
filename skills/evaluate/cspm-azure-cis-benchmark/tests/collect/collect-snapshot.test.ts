/**
 * The collector as users run it (`collect`, the built script) through the real Azure SDK clients and
 * DefaultAzureCredential: a token from a loopback managed-identity endpoint, and Resource Manager pages from
 * a loopback HTTPS server, with nextLink pagination, throttling, denied and unregistered providers, and a
 * check that it calls nothing outside the custom role REFERENCES.md documents.
 */
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { evaluateControls, type SnapshotFile, snapshotSubject } from '#shared/posture/index.ts'
import { AZURE_ACCESS_TOKEN, azureEnvironment } from '../../../../../tests/helpers/azure-loopback.ts'
import { runSkillAsync } from '../../../../../tests/helpers/run-skill-async.ts'
import { zodProblems } from '../../../../../tests/helpers/validators.ts'
import { BENCHMARK, SKILL_NAME } from '../../src/benchmark.ts'
import { CONTROLS } from '../../src/controls/index.ts'
import { AzureSnapshotData } from '../../src/snapshot.ts'
import { AZURE_SNAPSHOTS } from '../../src/subject.ts'
import { actionOf } from '../fake-azure/actions.ts'
import { type FakeAzure, type FakeSubscription, type Fault, startFakeAzure } from '../fake-azure/server.ts'
import { compliantSubscription, noncompliantSubscription } from '../fake-azure/subscriptions.ts'

const dir = mkdtempSync(join(tmpdir(), 'cspm-azure-collect-'))
const running: FakeAzure[] = []
afterEach(async () => {
  for (const fake of running.splice(0)) await fake.close()
})

async function collect(
  subscription: FakeSubscription,
  faults: readonly Fault[] = [],
  environment?: NodeJS.ProcessEnv,
) {
  const fake = await startFakeAzure(subscription, faults)
  running.push(fake)
  const output = join(dir, `${subscription.subscriptionId}-${running.length}-${faults.length}.json`)
  const args = [
    'collect',
    '--subscription',
    subscription.subscriptionId,
    '--api-endpoint',
    fake.url,
    '-o',
    output,
  ]
  const run = await runSkillAsync(SKILL_NAME, args, {
    env: azureEnvironment(environment ?? fake.environment),
  })
  const snapshot =
    run.status === 0
      ? (JSON.parse(readFileSync(output, 'utf8')) as SnapshotFile<AzureSnapshotData>)
      : undefined
  return { run, snapshot: snapshot as SnapshotFile<AzureSnapshotData>, fake }
}

function evaluate(snapshot: SnapshotFile<AzureSnapshotData>) {
  return evaluateControls({
    skill: SKILL_NAME,
    benchmark: BENCHMARK,
    controls: CONTROLS,
    ...snapshotSubject(snapshot, 'snapshot.json', AZURE_SNAPSHOTS),
  })
}

function findingsOf(snapshot: SnapshotFile<AzureSnapshotData>, control: string) {
  return evaluate(snapshot)
    .filter((finding) => finding.compliance.control === control)
    .map((finding) => [
      finding.resources?.[0]?.name,
      finding.compliance.status,
      finding.compliance.status_details?.[0],
    ])
}

function statusesByControl(snapshot: SnapshotFile<AzureSnapshotData>): Map<string, Set<string>> {
  const statuses = new Map<string, Set<string>>()
  for (const finding of evaluate(snapshot)) {
    const control = finding.compliance.control ?? ''
    statuses.set(control, (statuses.get(control) ?? new Set()).add(finding.compliance.status ?? ''))
  }
  return statuses
}

function count(fake: FakeAzure, operation: string): number {
  return fake.calls.filter((call) => call.operation === operation).length
}

/** The Actions of the custom role definition in REFERENCES.md, the one users are told to assign. */
function documentedActions(): Set<string> {
  const references = readFileSync(join(import.meta.dirname, '..', '..', 'REFERENCES.md'), 'utf8')
  const block = /## Permissions[\s\S]*?```json\n([\s\S]*?)```/.exec(references)?.[1]
  if (block === undefined) throw new Error('REFERENCES.md has no role definition under ## Permissions')
  return new Set((JSON.parse(block) as { Actions: string[] }).Actions)
}

describe('collecting a compliant subscription', () => {
  it('follows nextLink through every list and writes a snapshot on which every control passes', async () => {
    const { run, snapshot, fake } = await collect(compliantSubscription())
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    expect(AzureSnapshotData.safeParse(snapshot.data).success).toBe(true)
    expect(snapshot.errors).toEqual({})
    expect(count(fake, 'Storage Accounts - List')).toBe(2)
    expect(count(fake, 'Network Security Groups - List All')).toBe(2)
    expect(count(fake, 'Flow Logs - List')).toBe(3)
    expect(snapshot.data.storageAccounts.map((account) => account.name)).toEqual([
      'acmeproddata',
      'acmeprodlogs',
      'acmeprodbackup',
    ])
    expect(snapshot.data.networkSecurityGroups[1]?.subnetIds).toEqual([
      '/subscriptions/11111111-2222-3333-4444-555555555555/resourceGroups/rg-network/providers/Microsoft.Network/virtualNetworks/vnet-hub/subnets/app',
    ])
    expect(new Set(fake.calls.map((call) => call.authorization))).toEqual(
      new Set([`Bearer ${AZURE_ACCESS_TOKEN}`]),
    )
    expect(fake.tokenRequests[0]?.get('resource')).toBe(fake.url)
    expect(zodProblems(evaluate(snapshot))).toEqual([])
    const statuses = statusesByControl(snapshot)
    expect(statuses.size).toBe(CONTROLS.length)
    for (const [control, seen] of statuses) expect([control, [...seen]]).toEqual([control, ['Pass']])
    // nsg-app has no flow log of its own: the virtual network flow log of its subnet's network covers it.
    expect(findingsOf(snapshot, '6.5')[1]).toEqual([
      'nsg-app',
      'Pass',
      'nsg-app is logged by fl-vnet-hub (on, retention 0 days (kept until deleted)).',
    ])
  })
})

describe('collecting a non-compliant subscription', () => {
  it('fails every control at least once, reading absent storage properties as their weak defaults', async () => {
    const { snapshot } = await collect(noncompliantSubscription())
    for (const [control, seen] of statusesByControl(snapshot))
      expect([control, seen.has('Fail')]).toEqual([control, true])
    expect(snapshot.data.storageAccounts[1]).toMatchObject({
      name: 'acmedevlegacy',
      allowBlobPublicAccess: null,
      publicNetworkAccess: null,
      minimumTlsVersion: null,
      networkDefaultAction: null,
    })
  })
})

describe('collection failures become Unknown, never a pass', () => {
  it('names the RBAC action of a denied flow log list, and judges the rest', async () => {
    const { snapshot } = await collect(noncompliantSubscription(), [
      { operation: 'Flow Logs - List', status: 403, code: 'AuthorizationFailed' },
    ])
    const retention = findingsOf(snapshot, '6.5')
    expect(retention.map(([name, status]) => [name, status])).toEqual([
      ['nsg-open', 'Unknown'],
      ['nsg-legacy', 'Unknown'],
      ['nsg-short-retention', 'Unknown'],
      ['nsg-west', 'Fail'],
    ])
    expect(retention[0]?.[2]).toContain(
      'Flow Logs - List: permission denied; the caller needs Microsoft.Network/networkWatchers/flowLogs/read',
    )
    expect(findingsOf(snapshot, '6.6').map(([, status]) => status)).toEqual(['Pass', 'Fail'])
  })

  it('retries throttling, and reports a list still throttled after the retries', async () => {
    const { snapshot, fake } = await collect(compliantSubscription(), [
      { operation: 'Storage Accounts - List', status: 429, code: 'TooManyRequests', times: 1 },
      { operation: 'Network Security Groups - List All', status: 429, code: 'TooManyRequests' },
    ])
    expect(count(fake, 'Storage Accounts - List')).toBe(3)
    expect(snapshot.data.storageAccounts).toHaveLength(3)
    expect(count(fake, 'Network Security Groups - List All')).toBe(7)
    expect(snapshot.errors['network.networkSecurityGroups']).toMatch(
      /^Azure Networking Network Security Groups - List All: still throttled after retries/,
    )
    for (const control of ['6.1', '6.2', '6.5', '6.6'])
      expect(findingsOf(snapshot, control).map(([, status]) => status)).toEqual(['Unknown'])
  })

  it('says when a resource provider is not registered, instead of reporting no storage accounts', async () => {
    const { snapshot } = await collect(compliantSubscription(), [
      { operation: 'Storage Accounts - List', status: 409, code: 'SubscriptionNotRegistered' },
    ])
    expect(snapshot.errors['storage.storageAccounts']).toMatch(
      /^Azure Storage Storage Accounts - List: not available in this region or account/,
    )
    expect(findingsOf(snapshot, '3.1').map(([, status]) => status)).toEqual(['Unknown'])
  })

  it('stops with exit status 4 and says how to give credentials when the identity endpoint refuses', async () => {
    const subscription = compliantSubscription()
    const fake = await startFakeAzure(subscription)
    running.push(fake)
    const run = await runSkillAsync(
      SKILL_NAME,
      ['collect', '--subscription', subscription.subscriptionId, '--api-endpoint', fake.url],
      {
        env: azureEnvironment({ ...fake.environment, IDENTITY_HEADER: 'wrong-header' }),
      },
    )
    expect(run.status).toBe(4)
    expect(run.stdout).toBe('')
    expect(run.stderr).toContain('no usable credentials')
    expect(run.stderr).toContain('DefaultAzureCredential')
    expect(fake.calls).toHaveLength(0)
  })
})

describe('permissions', () => {
  it('calls exactly the actions of the documented custom role, all reads', async () => {
    const runs = [await collect(compliantSubscription()), await collect(noncompliantSubscription())]
    const called = new Set(runs.flatMap(({ fake }) => fake.calls.map(actionOf)))
    expect([...called].sort()).toEqual([...documentedActions()].sort())
    for (const action of documentedActions()) expect(action).toMatch(/\/read$/)
  })
})

/**
 * The Azure collector through the real Resource Manager SDKs and DefaultAzureCredential, in the built
 * script: a token from a loopback managed-identity endpoint, every list followed through nextLink over
 * HTTPS to a loopback Resource Manager, and a denied list named with the action it needs.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { AZURE_ACCESS_TOKEN, azureEnvironment } from '../../../../../tests/helpers/azure-loopback.ts'
import { HAS_SHARED } from '../../../../../tests/helpers/paths.ts'
import { parseJsonl } from '../../../../../tests/helpers/run-skill.ts'
import { runSkillAsync } from '../../../../../tests/helpers/run-skill-async.ts'
import { ocsfValidate, zodProblems } from '../../../../../tests/helpers/validators.ts'
import type { CollectedEnvironment } from '../../src/environment.ts'
import { type FakeArm, SUBSCRIPTION, startFakeArm } from '../fake-azure/server.ts'

let fake: FakeArm | undefined
afterEach(async () => {
  await fake?.close()
  fake = undefined
})

function liveArgs(server: FakeArm, ...rest: string[]): string[] {
  return [...rest, '--provider', 'azure', '--subscription', SUBSCRIPTION, '--endpoint-url', server.url]
}

describe('a live Azure inventory', () => {
  it('follows every nextLink and reads networks, storage, role assignments and running resources', async () => {
    fake = await startFakeArm()
    const run = await runSkillAsync('discover-environment', liveArgs(fake, 'collect'), {
      env: azureEnvironment(fake.environment),
    })
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    const { data, errors } = JSON.parse(run.stdout) as { data: CollectedEnvironment; errors: object }
    expect(errors).toEqual({})
    const byName = new Map(data.resources.map((resource) => [resource.name, resource]))
    expect(byName.get('web-nsg')?.ingress).toEqual([
      { source: 'Internet', protocol: 'tcp', from_port: 3389, to_port: 3389 },
      { source: '10.0.0.0/8', protocol: 'all', from_port: 8080, to_port: 8090 },
    ])
    expect(byName.get('examplepublic')).toMatchObject({ type: 'bucket', public: true })
    expect(byName.get('examplelocked')).toMatchObject({ type: 'bucket', public: false })
    expect(byName.get('exampleprivate')).toMatchObject({ type: 'bucket', public: false })
    expect(byName.get('resize-fn')?.type).toBe('function')
    expect(byName.get('jump-1')?.type).toBe('instance')
    expect(byName.get('example-openai')?.type).toBe('model-endpoint')
    expect(byName.has('shop')).toBe(false)
    expect(byName.has('example-vault')).toBe(false)
    expect(byName.get('Owner')?.type).toBe('role')
    expect(
      data.resources.find((resource) => resource.uid === '33333333-aaaa-bbbb-cccc-000000000003')?.external,
    ).toBe(true)
    expect(data.relationships).toEqual(
      expect.arrayContaining([
        {
          from: '11111111-aaaa-bbbb-cccc-000000000001',
          relation: 'holds',
          to: expect.stringMatching(/acdd72a7/),
        },
        {
          from: expect.stringMatching(/sites\/resize-fn$/),
          relation: 'assumes',
          to: '11111111-aaaa-bbbb-cccc-000000000001',
        },
        {
          from: expect.stringMatching(/subnets\/web$/),
          relation: 'protected-by',
          to: expect.stringMatching(/web-nsg$/),
        },
      ]),
    )
    const pages = (suffix: string) => fake?.calls.filter((call) => call.path.endsWith(suffix)).length
    expect(pages('/Microsoft.Storage/storageAccounts')).toBe(2)
    expect(pages('/resources')).toBe(3)
    expect(pages('/roleAssignments')).toBe(2)
    // Containers are listed only where the account allows public blobs.
    expect(fake.calls.filter((call) => call.path.endsWith('/containers'))).toHaveLength(2)
    expect(fake.calls.every((call) => call.authorization === `Bearer ${AZURE_ACCESS_TOKEN}`)).toBe(true)
  })

  it('names the action of a denied list, keeps the rest, and writes valid OCSF with the gap', async () => {
    fake = await startFakeArm([
      `/subscriptions/${SUBSCRIPTION}/providers/Microsoft.Authorization/roleAssignments`,
    ])
    const run = await runSkillAsync('discover-environment', liveArgs(fake, '--format', 'ocsf'), {
      env: azureEnvironment(fake.environment),
    })
    expect(run.status).toBe(0)
    expect(run.stderr).toMatch(
      /not collected: Azure Authorization Role Assignments - List For Subscription: permission denied; the caller needs Microsoft\.Authorization\/roleAssignments\/read/,
    )
    const events = parseJsonl(run.stdout) as Array<{
      status_id: number
      resources: Array<{ type: string; labels?: string[] }>
    }>
    expect(zodProblems(events)).toEqual([])
    expect(events.filter((event) => event.status_id === 2)).toHaveLength(1)
    const nsg = events.find((event) => event.resources[0]?.type === 'security-group')
    expect(nsg?.resources[0]?.labels).toEqual(['open-rdp'])
    if (HAS_SHARED) expect(ocsfValidate(run.stdout).output).toMatch(/ 0 invalid, 0 warnings/)
  })
})

/**
 * The GCP collector through google-auth-library over HTTP, in the built script: application default
 * credentials fetch a token from a loopback metadata server, and the IAM, Resource Manager, Storage,
 * Compute and Functions REST APIs answer from a loopback server, with pages and aggregated lists read to
 * the end, a permission denial named with its permission, and missing credentials ending the run.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { GOOGLE_ACCESS_TOKEN, googleEnvironment } from '../../../../../tests/helpers/google-metadata.ts'
import { HAS_SHARED } from '../../../../../tests/helpers/paths.ts'
import { parseJsonl } from '../../../../../tests/helpers/run-skill.ts'
import { runSkillAsync } from '../../../../../tests/helpers/run-skill-async.ts'
import { ocsfValidate, zodProblems } from '../../../../../tests/helpers/validators.ts'
import type { CollectedEnvironment } from '../../src/environment.ts'
import { type FakeGcp, PROJECT, startFakeGcp } from '../fake-gcp/server.ts'

let fake: FakeGcp | undefined
afterEach(async () => {
  await fake?.close()
  fake = undefined
})

function collectArgs(server: FakeGcp): string[] {
  return ['collect', '--provider', 'gcp', '--project', PROJECT, '--endpoint-url', server.url]
}

describe('a live GCP inventory', () => {
  it('reads every list to its end with a bearer token from the metadata server', async () => {
    fake = await startFakeGcp()
    const run = await runSkillAsync('discover-environment', collectArgs(fake), {
      env: googleEnvironment(fake.host),
    })
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    const snapshot = JSON.parse(run.stdout) as { kind: string; errors: object; data: CollectedEnvironment }
    expect(snapshot.kind).toBe('discover-environment')
    expect(snapshot.errors).toEqual({})
    const byUid = new Map(snapshot.data.resources.map((resource) => [resource.uid, resource]))
    expect(
      snapshot.data.resources
        .filter((resource) => resource.type === 'service-account')
        .map((resource) => resource.name),
    ).toEqual(expect.arrayContaining(['web-runner', 'etl-runner', 'ci-deployer']))
    expect(byUid.get('auditor@partner-project-9.iam.gserviceaccount.com')).toMatchObject({
      type: 'service-account',
      account: 'partner-project-9',
    })
    expect(byUid.get('allAuthenticatedUsers')).toMatchObject({ type: 'principal', external: true })
    expect(byUid.get('//storage.googleapis.com/example-public-site')?.public).toBe(true)
    expect(byUid.get('//storage.googleapis.com/example-private-data')?.public).toBe(false)
    expect(byUid.get(`projects/${PROJECT}/global/firewalls/allow-ssh`)?.ingress).toEqual([
      { source: '0.0.0.0/0', protocol: 'tcp', from_port: 22, to_port: 22 },
    ])
    expect(byUid.get(`projects/${PROJECT}/global/firewalls/deny-egress`)?.ingress).toEqual([])
    expect(byUid.get(`projects/${PROJECT}/zones/europe-west1-b/instances/bastion-1`)?.public_ip).toBe(
      '198.51.100.7',
    )
    expect(byUid.get(`projects/${PROJECT}/zones/europe-west1-c/instances/etl-1`)).toBeDefined()
    const bastion = `projects/${PROJECT}/zones/europe-west1-b/instances/bastion-1`
    const etl = `projects/${PROJECT}/zones/europe-west1-c/instances/etl-1`
    const key = `projects/${PROJECT}/serviceAccounts/ci-deployer@${PROJECT}.iam.gserviceaccount.com/keys/0a1b2c3d4e5f`
    expect(byUid.get(key)).toMatchObject({ type: 'access-key', status: 'active' })
    expect(snapshot.data.relationships).toEqual(
      expect.arrayContaining([
        { from: bastion, relation: 'protected-by', to: `projects/${PROJECT}/global/firewalls/allow-ssh` },
        { from: etl, relation: 'protected-by', to: `projects/${PROJECT}/global/firewalls/allow-internal` },
        { from: `ci-deployer@${PROJECT}.iam.gserviceaccount.com`, relation: 'has', to: key },
        { from: 'allAuthenticatedUsers', relation: 'holds', to: 'roles/viewer' },
        { from: bastion, relation: 'assumes', to: `web-runner@${PROJECT}.iam.gserviceaccount.com` },
        {
          from: `projects/${PROJECT}/locations/europe-west1/functions/resize`,
          relation: 'assumes',
          to: `web-runner@${PROJECT}.iam.gserviceaccount.com`,
        },
      ]),
    )
    // The SSH rule targets the bastion tag only.
    expect(snapshot.data.relationships).not.toContainEqual({
      from: etl,
      relation: 'protected-by',
      to: `projects/${PROJECT}/global/firewalls/allow-ssh`,
    })
    expect(fake.calls.filter((call) => call.path.endsWith('/serviceAccounts'))).toHaveLength(2)
    expect(fake.calls.filter((call) => call.path.endsWith('/aggregated/instances'))).toHaveLength(2)
    expect(fake.calls.every((call) => call.authorization === `Bearer ${GOOGLE_ACCESS_TOKEN}`)).toBe(true)
    expect(fake.calls.filter((call) => call.method !== 'GET').map((call) => call.path)).toEqual([
      `/v1/projects/${PROJECT}:getIamPolicy`,
    ])
  })

  it('names the permission of a denied call, keeps the rest, and says so in valid OCSF', async () => {
    fake = await startFakeGcp([`/compute/v1/projects/${PROJECT}/global/firewalls`])
    const run = await runSkillAsync(
      'discover-environment',
      ['--provider', 'gcp', '--project', PROJECT, '--endpoint-url', fake.url, '--format', 'ocsf'],
      {
        env: googleEnvironment(fake.host),
      },
    )
    expect(run.status).toBe(0)
    expect(run.stderr).toMatch(
      /not collected: Compute Engine firewalls\.list: permission denied; the caller needs compute\.firewalls\.list/,
    )
    const events = parseJsonl(run.stdout) as Array<{
      status_id: number
      resources: Array<{ type: string }>
      cloud: { provider: string }
    }>
    expect(zodProblems(events)).toEqual([])
    expect(events.filter((event) => event.status_id === 2)).toHaveLength(1)
    expect(events.some((event) => event.resources[0]?.type === 'security-group')).toBe(false)
    expect(events.some((event) => event.resources[0]?.type === 'instance')).toBe(true)
    expect(new Set(events.map((event) => event.cloud.provider))).toEqual(new Set(['GCP']))
    if (HAS_SHARED) expect(ocsfValidate(run.stdout).output).toMatch(/ 0 invalid, 0 warnings/)
  })

  it('exits 4 naming application default credentials when there are none', async () => {
    fake = await startFakeGcp()
    const run = await runSkillAsync('discover-environment', collectArgs(fake), { env: googleEnvironment() })
    expect(run.status).toBe(4)
    expect(run.stderr).toMatch(/no usable credentials \(Google application default credentials/)
    expect(fake.calls).toEqual([])
  })
})

/**
 * The built plan script against the live APIs of the loopback world (AWS IAM through the SDK, Graph and
 * Google through fetch): it makes the same plan as from the inventory snapshot of the same organisation,
 * retries throttled reads, and writes nothing (asserted on every server). A Workday report is read as JSON
 * with the integration user's Basic credentials.
 */

import { readFileSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  startWorld,
  type World,
  worldApiOptions,
  worldEnvironment,
} from '../../../../tests/helpers/iam-departures/world.ts'
import { GOLDEN } from '../../../../tests/helpers/paths.ts'
import { runSkillAsync } from '../../../../tests/helpers/run-skill-async.ts'

const SKILL = 'remediate-iam-departures-plan'
const SCENARIO = join(GOLDEN, 'iam-departures')

describe(`${SKILL} live`, () => {
  let world: World
  let env: NodeJS.ProcessEnv
  let live: string[]
  beforeEach(async () => {
    world = await startWorld()
    env = worldEnvironment(world)
    live = [
      '--from-api',
      'aws,entra,gcp,workspace',
      ...worldApiOptions(world),
      '--mapping',
      join(SCENARIO, 'mapping.json'),
      '--as-of',
      '2024-06-01T00:00:00Z',
    ]
  })
  afterEach(async () => {
    await world.stop()
  })

  it('plans from the live APIs exactly what it plans from the snapshot, retrying throttled reads, writing nothing', async () => {
    world.iam.faults.push({ action: 'ListUsers', code: 'Throttling', times: 1 })
    world.graph.faults.push({ method: 'GET', path: '/memberOf', status: 429, times: 1 })
    world.google.faults.push({ method: 'POST', path: ':getIamPolicy', status: 429, times: 1 })
    const run = await runSkillAsync(SKILL, ['departures.csv', ...live], { env, cwd: SCENARIO })
    expect(run.stderr).toMatch(/planned 4 identities, 25 actions; 6 left out/)
    expect(run.status).toBe(0)
    expect(run.stdout).toBe(readFileSync(join(SCENARIO, 'expected.plan.json'), 'utf8'))
    expect(world.iam.writes()).toEqual([])
    expect(world.graph.writes()).toEqual([])
    expect(world.google.writes()).toEqual([])
    // Pagination was followed: two users a page, one Graph membership a page.
    expect(world.iam.calls.filter((call) => call.action === 'ListUsers')).toHaveLength(3)
    expect(world.graph.calls.filter((call) => call.query.has('$skiptoken')).length).toBeGreaterThan(0)
  })

  it('reads member accounts through the role it assumes in each (STS AssumeRole), one session per account', async () => {
    world.iam.addUser('210987654321', {
      UserName: 'jdoe-sandbox',
      CreateDate: '2022-01-01T00:00:00Z',
      Tags: { email: 'jdoe@example.com' },
      loginProfile: true,
    })
    const args = [
      'departures.csv',
      '--from-api',
      'aws',
      '--aws-account',
      '123456789012',
      '--aws-account',
      '210987654321',
      '--aws-assume-role',
      'iam-departures-remediation',
      '--as-of',
      '2024-06-01T00:00:00Z',
    ]
    const run = await runSkillAsync(SKILL, args, {
      env: { ...env, AWS_ENDPOINT_URL_STS: world.iamUrl },
      cwd: SCENARIO,
    })
    expect(run.status).toBe(0)
    const assumed = world.iam.calls
      .filter((call) => call.action === 'AssumeRole')
      .map((call) => call.params.RoleArn)
    expect(assumed).toEqual([
      'arn:aws:iam::123456789012:role/iam-departures-remediation',
      'arn:aws:iam::210987654321:role/iam-departures-remediation',
    ])
    const plan = JSON.parse(run.stdout) as { identities: Array<{ identity: { uid: string } }> }
    expect(plan.identities.map((planned) => planned.identity.uid)).toEqual([
      'arn:aws:iam::123456789012:user/jdoe',
      'arn:aws:iam::210987654321:user/jdoe-sandbox',
    ])
    // Each account's users were listed with that account's own session credentials.
    expect(
      new Set(world.iam.calls.filter((call) => call.action === 'ListUsers').map((call) => call.account)),
    ).toEqual(new Set(['123456789012', '210987654321']))
  })

  it('names the missing permission when a read is denied (status 4)', async () => {
    world.iam.faults.push({ action: 'ListUsers', code: 'AccessDenied', times: 1 })
    const run = await runSkillAsync(SKILL, ['departures.csv', ...live], { env, cwd: SCENARIO })
    expect(run.stderr).toMatch(/AWS IAM ListUsers: permission denied; the caller needs iam:ListUsers/)
    expect(run.status).toBe(4)
  })

  it('reads departures from a Workday report over the same source interface', async () => {
    const requests: Array<{ url: string; authorization?: string }> = []
    const workday = createServer((request, response) => {
      requests.push({ url: request.url ?? '', authorization: request.headers.authorization })
      response.writeHead(200, { 'content-type': 'application/json' })
      response.end(
        JSON.stringify({
          Report_Entry: [
            { Employee_ID: 'E1001', Email_Address: 'jdoe@example.com', Termination_Date: '2024-05-10-07:00' },
            { Employee_ID: 'E2' },
          ],
        }),
      )
    })
    await new Promise<void>((resolve) => workday.listen(0, '127.0.0.1', resolve))
    const url = `http://127.0.0.1:${(workday.address() as AddressInfo).port}/ccx/service/customreport2/acme/ISU_HR/Terminations`
    const run = await runSkillAsync(SKILL, ['--workday-url', url, ...live], {
      env: { ...env, WORKDAY_USERNAME: 'ISU_HR@acme', WORKDAY_PASSWORD: 'example-password' },
      cwd: SCENARIO,
    })
    await new Promise<void>((resolve) => workday.close(() => resolve()))
    expect(run.status).toBe(0)
    expect(requests).toEqual([
      {
        url: '/ccx/service/customreport2/acme/ISU_HR/Terminations?format=json',
        authorization: `Basic ${Buffer.from('ISU_HR@acme:example-password').toString('base64')}`,
      },
    ])
    expect(run.stderr).toMatch(/workday:acme\/ISU_HR\/Terminations record 2: skipped: no termination date/)
    const plan = JSON.parse(run.stdout) as {
      identities: Array<{ identity: { name: string }; departure: { source: string } }>
      malformed: unknown[]
    }
    expect(plan.identities.map((planned) => [planned.identity.name, planned.departure.source])).toEqual([
      ['jdoe', 'workday:acme/ISU_HR/Terminations record 1'],
    ])
    expect(plan.malformed).toEqual([
      { source: 'workday:acme/ISU_HR/Terminations', record: 2, reason: 'no termination date' },
    ])
  })
})

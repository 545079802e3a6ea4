/**
 * The built apply script as a user runs it, against the loopback servers: a dry run calls nothing, a write
 * without a matching approval is refused with status 6, and an approved run that has a failure ends with
 * status 5, its dead letters in the file and on the SQS queue.
 */
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { SqsLoopbackServer } from '../../../../tests/helpers/iam-departures/sqs-server.ts'
import {
  ACCOUNT,
  startWorld,
  type World,
  worldApiOptions,
  worldEnvironment,
} from '../../../../tests/helpers/iam-departures/world.ts'
import { GOLDEN } from '../../../../tests/helpers/paths.ts'
import { parseJsonl } from '../../../../tests/helpers/run-skill.ts'
import { runSkillAsync } from '../../../../tests/helpers/run-skill-async.ts'

const SKILL = 'remediate-iam-departures-apply'
const SCENARIO = join(GOLDEN, 'iam-departures')
const QUEUE = 'https://sqs.us-east-1.amazonaws.com/123456789012/iam-departures-dead-letters'

describe('remediate-iam-departures-apply (built script)', () => {
  let world: World
  let sqs: SqsLoopbackServer
  let dir: string
  let env: NodeJS.ProcessEnv
  let live: string[]

  beforeEach(async () => {
    world = await startWorld()
    sqs = new SqsLoopbackServer()
    const sqsUrl = await sqs.start()
    dir = mkdtempSync(join(tmpdir(), 'iam-departures-cli-'))
    copyFileSync(join(SCENARIO, 'expected.plan.json'), join(dir, 'plan.json'))
    copyFileSync(join(SCENARIO, 'approval.json'), join(dir, 'approval.json'))
    env = worldEnvironment(world, { AWS_ENDPOINT_URL_SQS: sqsUrl })
    live = [
      ...worldApiOptions(world),
      '--audit-log',
      join(dir, 'audit.jsonl'),
      '--dead-letter',
      join(dir, 'dead-letter.jsonl'),
    ]
  })

  afterEach(async () => {
    await Promise.all([world.stop(), sqs.stop()])
  })

  function allCalls(): number {
    return world.iam.calls.length + world.graph.calls.length + world.google.calls.length
  }

  it('a dry run (no --apply) makes no call at all and says what it would do', async () => {
    const run = await runSkillAsync(
      SKILL,
      [join(dir, 'plan.json'), '--approval', join(dir, 'approval.json'), ...live],
      { env },
    )
    expect(run.stderr).toContain('dry run: 25 actions for 4 identities')
    expect(run.status).toBe(0)
    expect(allCalls()).toBe(0)
    expect(run.stdout).toBe('')
  })

  it.each([
    ['no approval record', [] as string[], /--apply needs --approval/],
    ['an approval of another plan', ['--approval', 'other'], /is for plan 0{64}, not this plan/],
  ])('--apply with %s is refused with status 6 and nothing is called', async (_name, extra, message) => {
    writeFileSync(
      join(dir, 'other'),
      JSON.stringify({ approver: 'sam.rivera@example.com', ticket: 'SEC-1', plan_sha256: '0'.repeat(64) }),
    )
    const args = extra.map((arg) => (arg === 'other' ? join(dir, 'other') : arg))
    const run = await runSkillAsync(SKILL, [join(dir, 'plan.json'), '--apply', ...args, ...live], { env })
    expect(run.stderr).toMatch(message)
    expect(run.status).toBe(6)
    expect(allCalls()).toBe(0)
  })

  it('refuses a plan edited after approval (status 6)', async () => {
    const plan = readFileSync(join(dir, 'plan.json'), 'utf8').replace(
      '"UserName": "jdoe"',
      '"UserName": "ci-deployer"',
    )
    writeFileSync(join(dir, 'plan.json'), plan)
    const run = await runSkillAsync(
      SKILL,
      [join(dir, 'plan.json'), '--apply', '--approval', join(dir, 'approval.json'), ...live],
      { env },
    )
    expect(run.stderr).toMatch(/the plan changed after it was made/)
    expect(run.status).toBe(6)
    expect(allCalls()).toBe(0)
  })

  it('an approved run with a denied call ends with status 5, dead letters in the file and on the queue, then retry finishes it', async () => {
    world.iam.faults.push({ action: 'DeleteSSHPublicKey', code: 'AccessDenied', times: 1 })
    const run = await runSkillAsync(
      SKILL,
      [
        join(dir, 'plan.json'),
        '--apply',
        '--approval',
        join(dir, 'approval.json'),
        '--dead-letter-queue-url',
        QUEUE,
        ...live,
      ],
      { env },
    )
    expect(run.stderr).toMatch(
      /21 actions done, 1 failed, 3 not attempted; 44 audit rows .*4 dead letters .*re-verified: 1 with drift/,
    )
    expect(run.status).toBe(5)
    const events = parseJsonl(run.stdout) as Array<{ class_uid: number }>
    expect(events.filter((event) => event.class_uid === 3001)).toHaveLength(44)
    expect(events.filter((event) => event.class_uid === 2004)).toHaveLength(1)
    const letters = parseJsonl(readFileSync(join(dir, 'dead-letter.jsonl'), 'utf8')) as Array<{
      action: { operation: string }
      status: string
    }>
    expect(letters.map((letter) => `${letter.status} ${letter.action.operation}`)).toEqual([
      'failed iam:DeleteSSHPublicKey',
      'not attempted iam:DeleteServiceSpecificCredential',
      'not attempted iam:TagUser',
      'not attempted iam:DeleteUser',
    ])
    expect(sqs.messages.map((message) => message.queueUrl)).toEqual([QUEUE, QUEUE, QUEUE, QUEUE])
    expect(sqs.messages.map((message) => JSON.parse(message.body))).toEqual(letters)

    const retry = await runSkillAsync(
      SKILL,
      [
        'retry',
        join(dir, 'dead-letter.jsonl'),
        '--plan',
        join(dir, 'plan.json'),
        '--apply',
        '--approval',
        join(dir, 'approval.json'),
        ...live.slice(0, -2),
        '--dead-letter',
        join(dir, 'retry-dead-letter.jsonl'),
      ],
      { env },
    )
    expect(retry.stderr).toMatch(
      /4 actions done, 0 failed, 0 not attempted; 8 audit rows .*re-verified: 0 with drift/,
    )
    expect(retry.status).toBe(0)
    expect(world.iam.user(ACCOUNT, 'jdoe')).toBeUndefined()
    // The retry ran the dead-lettered actions only: nothing else was written again.
    const retried = world.iam
      .writes()
      .slice(-4)
      .map((call) => call.action)
    expect(retried).toEqual([
      'DeleteSSHPublicKey',
      'DeleteServiceSpecificCredential',
      'TagUser',
      'DeleteUser',
    ])
  })

  it('retry refuses a dead-letter entry that is not an action of the approved plan', async () => {
    const forged = {
      plan_sha256: JSON.parse(readFileSync(join(dir, 'plan.json'), 'utf8')).sha256,
      identity: { provider: 'aws', uid: `arn:aws:iam::${ACCOUNT}:user/ci-deployer` },
      action: {
        id: 'x',
        step: 1,
        operation: 'iam:DeleteUser',
        summary: 'delete IAM user ci-deployer',
        target: 'ci-deployer',
        params: { UserName: 'ci-deployer' },
      },
      status: 'failed',
      attempts: 1,
      time: '2024-06-01T00:00:00.000Z',
    }
    writeFileSync(join(dir, 'forged.jsonl'), `${JSON.stringify(forged)}\n`)
    const run = await runSkillAsync(
      SKILL,
      [
        'retry',
        join(dir, 'forged.jsonl'),
        '--plan',
        join(dir, 'plan.json'),
        '--apply',
        '--approval',
        join(dir, 'approval.json'),
        ...live,
      ],
      { env },
    )
    expect(run.stderr).toMatch(/action x is not in the approved plan/)
    expect(run.status).toBe(6)
    expect(allCalls()).toBe(0)
  })
})

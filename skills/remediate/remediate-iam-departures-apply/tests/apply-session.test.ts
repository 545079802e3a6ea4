/**
 * The write run through the real AWS SDK and fetch clients against the loopback IAM, Graph and Google
 * servers: what is written and in which order, retries, dead letters, refusals before any write, the
 * audit chain, and re-verification.
 */
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  type Approval,
  AuditLog,
  type Plan,
  parseApproval,
  parsePlan,
  sealPlan,
  verifyAuditText,
} from '#shared/remediate/index.ts'
import { ACCOUNT, startWorld, type World } from '../../../../tests/helpers/iam-departures/world.ts'
import { GOLDEN } from '../../../../tests/helpers/paths.ts'
import { zodProblems } from '../../../../tests/helpers/validators.ts'
import { runSession } from './world-session.ts'

const SCENARIO = join(GOLDEN, 'iam-departures')
const goldenPlan = parsePlan(readFileSync(join(SCENARIO, 'expected.plan.json'), 'utf8'), 'expected.plan.json')
const goldenApproval = parseApproval(readFileSync(join(SCENARIO, 'approval.json'), 'utf8'), 'approval.json')

function lines(path: string): unknown[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.length > 0)
    .map((line) => JSON.parse(line) as unknown)
}

/** The golden plan with only the identities of one provider, re-sealed, and an approval for it. */
function planFor(provider: string): { plan: Plan; approval: Approval } {
  const { sha256: _sha, ...body } = goldenPlan
  const plan = sealPlan({
    ...body,
    identities: body.identities.filter((planned) => planned.identity.provider === provider),
  })
  return { plan, approval: { ...goldenApproval, plan_sha256: plan.sha256 } }
}

describe('remediate-iam-departures-apply session', () => {
  let world: World
  beforeEach(async () => {
    world = await startWorld()
  })
  afterEach(async () => {
    await world.stop()
  })

  it('reproduces the golden audit log: throttles retried, a denied call dead-lettered, the run going on', async () => {
    world.iam.faults.push(
      { action: 'DeleteLoginProfile', code: 'Throttling', times: 2 },
      { action: 'RemoveUserFromGroup', code: 'AccessDenied', times: 99 },
    )
    world.graph.faults.push({ method: 'PATCH', path: '/v1.0/users/6e7b768e', status: 429, times: 1 })
    const run = await runSession(world, goldenPlan, goldenApproval)
    expect(run.refused).toBeUndefined()
    expect(readFileSync(run.auditLog, 'utf8')).toBe(readFileSync(join(SCENARIO, 'audit.jsonl'), 'utf8'))
    expect(run.result).toMatchObject({
      succeeded: 16,
      failed: 1,
      notAttempted: 8,
      auditRows: 34,
      drift: 1,
      unverified: 0,
    })
    // The throttled password deletion was retried with backoff: two waits, then the third call went through.
    expect(world.iam.calls.filter((call) => call.action === 'DeleteLoginProfile')).toHaveLength(3)
    expect(run.sleeps).toEqual([100, 200, 0])
    const letters = lines(run.deadLetter) as Array<{
      status: string
      action: { operation: string }
      error?: { code: string }
    }>
    expect(letters.map((letter) => [letter.status, letter.action.operation])).toEqual([
      ['failed', 'iam:RemoveUserFromGroup'],
      ['not attempted', 'iam:DetachUserPolicy'],
      ['not attempted', 'iam:DeleteUserPolicy'],
      ['not attempted', 'iam:DeactivateMFADevice'],
      ['not attempted', 'iam:DeleteVirtualMFADevice'],
      ['not attempted', 'iam:DeleteSSHPublicKey'],
      ['not attempted', 'iam:DeleteServiceSpecificCredential'],
      ['not attempted', 'iam:TagUser'],
      ['not attempted', 'iam:DeleteUser'],
    ])
    expect(letters[0]?.error?.code).toBe('AccessDenied')
    // The next identities were still removed.
    expect(world.graph.users.has('6e7b768e-07e2-4810-8459-485f84f8f204')).toBe(false)
    expect(world.google.serviceAccounts.size).toBe(0)
    expect(world.google.workspaceUsers.size).toBe(0)
    expect(world.google.policies.get('analytics-prod')?.bindings).toEqual([
      { role: 'roles/storage.objectViewer', members: ['group:analysts@example.com'] },
      { role: 'roles/viewer', members: ['user:owner@example.com'] },
    ])
    // Only the user's own app role assignment went; the one inherited through a group is the group's.
    expect(
      world.graph.calls.filter(
        (call) => call.path.includes('/appRoleAssignments/') && call.method === 'DELETE',
      ),
    ).toHaveLength(1)
    const findings = run.events.filter(
      (event) => (event as { class_uid: number }).class_uid === 2004,
    ) as Array<{ finding_info: { title: string; desc: string } }>
    expect(findings).toHaveLength(1)
    expect(findings[0]?.finding_info.title).toBe(
      'AWS IAM User jdoe of jdoe@example.com is still present after remediation',
    )
    expect(findings[0]?.finding_info.desc).toContain('remove from group payments-developers')
    expect(zodProblems(run.events)).toEqual([])
  })

  it('makes every AWS call in plan order, each announced in the audit before it is made', async () => {
    const { plan, approval } = planFor('aws')
    const run = await runSession(world, plan, approval)
    expect(run.result).toMatchObject({ succeeded: 13, failed: 0, notAttempted: 0, drift: 0 })
    expect(world.iam.writes().map((call) => call.action)).toEqual(
      plan.identities[0]?.actions.map((action) => action.operation.replace('iam:', '')),
    )
    expect(world.iam.user(ACCOUNT, 'jdoe')).toBeUndefined()
    const rows = lines(run.auditLog) as Array<{
      status: string
      unmapped: { phase: string; action_id: string }
    }>
    expect(rows.map((row) => row.unmapped.phase)).toEqual(
      plan.identities[0]?.actions.flatMap(() => ['intent', 'outcome']),
    )
    expect(
      rows.filter((row) => row.unmapped.phase === 'outcome').every((row) => row.status === 'Success'),
    ).toBe(true)
    expect(verifyAuditText(readFileSync(run.auditLog, 'utf8')).breaks).toEqual([])
  })

  it('retries the dead letters of a failed run under the same approval and finishes the identity', async () => {
    const { plan, approval } = planFor('aws')
    world.iam.faults.push({ action: 'RemoveUserFromGroup', code: 'AccessDenied', times: 1 })
    const first = await runSession(world, plan, approval)
    expect(first.result?.failed).toBe(1)
    const letters = lines(first.deadLetter) as Array<{ action: { id: string } }>
    const retried = await runSession(world, plan, approval, {
      dir: dirname(first.auditLog),
      deadLetterName: 'retry-dead-letter.jsonl',
      only: new Set(letters.map((letter) => letter.action.id)),
      start: '2024-06-01T01:00:00Z',
    })
    expect(retried.refused).toBeUndefined()
    expect(retried.result).toMatchObject({ succeeded: 9, failed: 0, drift: 0 })
    expect(world.iam.user(ACCOUNT, 'jdoe')).toBeUndefined()
    // The retry continued the same chain: one log, both runs, still intact.
    const audit = verifyAuditText(readFileSync(first.auditLog, 'utf8'))
    expect(audit.breaks).toEqual([])
    expect(audit.head?.sequence).toBe((first.result?.auditRows ?? 0) + (retried.result?.auditRows ?? 0))
  })

  it('refuses an approval for another plan before making any call or audit row', async () => {
    const { plan, approval } = planFor('aws')
    const run = await runSession(world, plan, { ...approval, plan_sha256: goldenPlan.sha256 })
    expect(run.refused?.message).toMatch(/is for plan 7ddea49d.*not this plan/)
    expect(world.iam.calls).toEqual([])
    expect(() => readFileSync(run.auditLog)).toThrow()
  })

  it('never touches a protected principal, even in an approved plan', async () => {
    world.iam.addUser(ACCOUNT, {
      UserName: 'break-glass-ops',
      CreateDate: '2020-01-01T00:00:00Z',
      loginProfile: true,
    })
    const { plan: awsPlan } = planFor('aws')
    const { sha256: _sha, ...body } = awsPlan
    const jdoe = body.identities[0]
    if (jdoe === undefined) throw new Error('the golden plan has no AWS identity')
    const breakGlass = {
      ...jdoe,
      identity: {
        provider: 'aws' as const,
        uid: `arn:aws:iam::${ACCOUNT}:user/break-glass-ops`,
        name: 'break-glass-ops',
        account: ACCOUNT,
      },
      actions: [
        {
          ...(jdoe.actions.at(-1) as Plan['identities'][number]['actions'][number]),
          params: { UserName: 'break-glass-ops' },
        },
      ],
    }
    const plan = sealPlan({ ...body, identities: [jdoe, breakGlass] })
    const run = await runSession(world, plan, { ...goldenApproval, plan_sha256: plan.sha256 })
    expect(run.refused?.message).toMatch(
      /protected principal, break-glass-ops \(an emergency-access \(break-glass\) account\)/,
    )
    expect(world.iam.calls).toEqual([])
    expect(world.iam.user(ACCOUNT, 'break-glass-ops')).toBeDefined()
  })

  it('refuses an action whose parameters point at another identity than the one it is listed under', async () => {
    const { plan: awsPlan } = planFor('aws')
    const { sha256: _sha, ...body } = awsPlan
    const jdoe = body.identities[0] as Plan['identities'][number]
    const redirected = {
      ...jdoe,
      actions: [
        {
          ...(jdoe.actions.at(-1) as Plan['identities'][number]['actions'][number]),
          params: { UserName: 'ci-deployer' },
        },
      ],
    }
    const plan = sealPlan({ ...body, identities: [redirected] })
    const run = await runSession(world, plan, { ...goldenApproval, plan_sha256: plan.sha256 })
    expect(run.refused?.message).toMatch(/UserName ci-deployer is not jdoe/)
    expect(world.iam.calls).toEqual([])
  })

  it('refuses to extend an audit log whose chain is broken', async () => {
    const { plan, approval } = planFor('entra')
    const first = await runSession(world, plan, approval)
    const tampered = readFileSync(first.auditLog, 'utf8').replace('"status":"Success"', '"status":"Failure"')
    const { writeFileSync } = await import('node:fs')
    writeFileSync(first.auditLog, tampered)
    await expect(AuditLog.open(first.auditLog)).rejects.toThrow(
      /fails verification \(its content does not match its hash/,
    )
  })

  it('re-verification reports an identity recreated behind the run as drift', async () => {
    const { plan, approval } = planFor('workspace')
    world.google.faults.push({ method: 'DELETE', path: '/admin/directory/v1/users/', status: 403, times: 9 })
    const run = await runSession(world, plan, approval)
    expect(run.result).toMatchObject({ failed: 1, drift: 1 })
    const finding = run.events.find((event) => (event as { class_uid: number }).class_uid === 2004) as {
      severity: string
      finding_info: { desc: string }
    }
    // Suspended, so no longer able to sign in: medium, with the deletion still to do.
    expect(finding.severity).toBe('Medium')
    expect(finding.finding_info.desc).toContain('Still to do: delete rgarcia@example.com.')
  })
})

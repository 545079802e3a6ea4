/** shared/posture: controls to Compliance Findings, Unknown on failed collection, reports and the CI gate. */
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { InputError } from '#shared/errors/index.ts'
import * as z from '#shared/json/zod.ts'
import {
  evaluateControls,
  meetsFailOn,
  type PostureControl,
  readSnapshot,
  selectFindings,
  toTable,
} from '#shared/posture/index.ts'
import { zodProblems } from '../helpers/validators.ts'

interface Subject {
  users: Array<{ name: string; mfa: boolean }>
}

const MFA_CONTROL: PostureControl<Subject> = {
  id: '1.10',
  title: 'Ensure multi-factor authentication (MFA) is enabled for all IAM users that have a console password',
  severity: 'high',
  attacks: ['T1078.004'],
  requirements: ['NIST CSF 2.0 PR.AA-03', 'SOC 2 CC6.1'],
  remediation: 'Enable a virtual or hardware MFA device for the user.',
  sections: ['iam.users'],
  evaluate: (subject) =>
    subject.users.map((user) => ({
      status: user.mfa ? 'pass' : 'fail',
      detail: user.mfa ? `${user.name} has MFA` : `${user.name} has a console password and no MFA`,
      resource: {
        uid: `arn:aws:iam::111122223333:user/${user.name}`,
        name: user.name,
        type: 'AWS::IAM::User',
      },
    })),
}

const BASE = {
  skill: 'cspm-test',
  benchmark: { name: 'CIS Amazon Web Services Foundations Benchmark', version: 'v3.0.0' },
  controls: [MFA_CONTROL],
  subject: {
    users: [
      { name: 'alice', mfa: true },
      { name: 'bob', mfa: false },
    ],
  },
  time: Date.UTC(2026, 2, 2),
  scope: { uid: '111122223333', name: 'account 111122223333', type: 'AWS::Account' },
  cloud: { provider: 'AWS', account: { uid: '111122223333' } },
  logSource: 'snapshot.json',
}

describe('evaluateControls', () => {
  it('emits one valid finding per control and resource, pass and fail', () => {
    const findings = evaluateControls({ ...BASE, sectionErrors: {} })
    expect(zodProblems(findings)).toEqual([])
    expect(findings.map((finding) => [finding.compliance.status, finding.severity, finding.status])).toEqual([
      ['Pass', 'Informational', 'Resolved'],
      ['Fail', 'High', 'New'],
    ])
    expect(findings[1]).toMatchObject({
      compliance: {
        standards: ['CIS Amazon Web Services Foundations Benchmark v3.0.0'],
        control: '1.10',
        requirements: ['NIST CSF 2.0 PR.AA-03', 'SOC 2 CC6.1'],
        status_details: ['bob has a console password and no MFA'],
      },
      finding_info: {
        attacks: expect.arrayContaining([
          expect.objectContaining({ sub_technique: { uid: 'T1078.004', name: 'Cloud Accounts' } }),
        ]),
      },
      remediation: { desc: 'Enable a virtual or hardware MFA device for the user.' },
      metadata: { log_source: 'snapshot.json', profiles: ['cloud'] },
    })
  })

  it('reports Unknown, never a pass, when the section could not be collected', () => {
    const findings = evaluateControls({
      ...BASE,
      sectionErrors: { 'iam.users': 'AccessDenied: iam:ListUsers' },
    })
    expect(findings).toHaveLength(1)
    expect(findings[0]?.compliance).toMatchObject({ status: 'Unknown', status_id: 0 })
    expect(findings[0]?.compliance.status_details?.[0]).toContain('iam.users: AccessDenied: iam:ListUsers')
    expect(findings[0]?.resources?.[0]?.uid).toBe('111122223333')
  })

  it("points each finding at its outcome's own file and line when the run read several", () => {
    const control: PostureControl<Subject> = {
      ...MFA_CONTROL,
      evaluate: (subject) =>
        subject.users.map((user, index) => ({
          status: 'pass',
          detail: `${user.name} checked`,
          resource: { uid: user.name, type: 'User' },
          logSource: `users-${index}.yaml`,
          line: index + 3,
        })),
    }
    const findings = evaluateControls({ ...BASE, controls: [control], sectionErrors: {} })
    expect(findings.map((finding) => [finding.metadata.log_source, finding.metadata.sequence])).toEqual([
      ['users-0.yaml', 3],
      ['users-1.yaml', 4],
    ])
  })

  it('gives the same finding uid on every run', () => {
    const first = evaluateControls({ ...BASE, sectionErrors: {} })
    const second = evaluateControls({ ...BASE, sectionErrors: {} })
    expect(first.map((finding) => finding.finding_info.uid)).toEqual(
      second.map((finding) => finding.finding_info.uid),
    )
  })
})

describe('reports', () => {
  const findings = evaluateControls({ ...BASE, sectionErrors: {} })

  it('keeps failures only with --only-failed', () => {
    expect(selectFindings(findings, true).map((finding) => finding.compliance.status)).toEqual(['Fail'])
  })

  it('gates on the --fail-on severity', () => {
    expect(meetsFailOn(findings, 'high')).toBe(true)
    expect(meetsFailOn(findings, 'critical')).toBe(false)
    expect(meetsFailOn(findings, undefined)).toBe(false)
  })

  it('renders a table with a summary, coloured only when asked', () => {
    const plain = toTable(findings, false)
    expect(plain).toContain('STATUS')
    expect(plain).toContain('2 check result(s): 1 pass, 1 fail')
    expect(plain).not.toContain('\u001b[')
    expect(toTable(findings, true)).toContain('\u001b[31m')
  })
})

describe('readSnapshot', () => {
  const dir = mkdtempSync(join(tmpdir(), 'snapshot-'))
  const schema = z.object({ users: z.array(z.object({ name: z.string(), mfa: z.boolean() })) })

  it('reads a snapshot of its kind', async () => {
    const file = join(dir, 'ok.json')
    writeFileSync(
      file,
      JSON.stringify({
        kind: 'cspm-test',
        collected_at: '2026-03-02T00:00:00Z',
        errors: {},
        data: BASE.subject,
      }),
    )
    const snapshot = await readSnapshot(file, 'cspm-test', schema)
    expect(snapshot.data.users).toHaveLength(2)
  })

  it.each([
    ['another kind', { kind: 'other', collected_at: '2026-03-02T00:00:00Z', errors: {}, data: BASE.subject }],
    ['no time', { kind: 'cspm-test', errors: {}, data: BASE.subject }],
    [
      'bad data',
      { kind: 'cspm-test', collected_at: '2026-03-02T00:00:00Z', errors: {}, data: { users: [{ name: 1 }] } },
    ],
  ])('refuses %s with an input error', async (_label, content) => {
    const file = join(dir, 'bad.json')
    writeFileSync(file, JSON.stringify(content))
    await expect(readSnapshot(file, 'cspm-test', schema)).rejects.toThrow(InputError)
  })
})

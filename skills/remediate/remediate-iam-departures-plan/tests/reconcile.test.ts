/** The reconciliation rules over snapshot directories: grace period, rehires, protected principals, removals, change detection. */
import { describe, expect, it } from 'vitest'
import {
  type Identity,
  PROVIDERS,
  ProtectedPrincipals,
  snapshotDirectories,
} from '#shared/remediate/index.ts'
import type { Departure } from '../src/departure.ts'
import { IdentityMapping } from '../src/identity-mapping.ts'
import { DAY_MS, reconcile } from '../src/reconcile.ts'

const AS_OF = Date.UTC(2024, 5, 1)

function departure(email: string, terminationDate: string, rehireDate?: string): Departure {
  return {
    email,
    terminationDate,
    terminationTime: Date.parse(`${terminationDate}T00:00:00Z`),
    rehireDate,
    rehireTime: rehireDate === undefined ? undefined : Date.parse(`${rehireDate}T00:00:00Z`),
    source: `hr.csv:${email}`,
  }
}

function awsUser(name: string, email: string, fields: Partial<Identity> = {}): Identity {
  return {
    provider: 'aws',
    kind: 'iam-user',
    uid: `arn:aws:iam::123456789012:user/${name}`,
    name,
    account: '123456789012',
    email,
    enabled: true,
    created_time: '2020-01-01T00:00:00.000Z',
    tags: { email },
    access_keys: [],
    login_profile: true,
    groups: [],
    managed_policies: [],
    inline_policies: [],
    mfa_devices: [],
    signing_certificates: [],
    ssh_public_keys: [],
    service_specific_credentials: [],
    ...fields,
  } as Identity
}

async function decide(
  departures: Departure[],
  identities: Identity[],
  options: { deny?: string[]; mapping?: string; state?: Map<string, string> } = {},
) {
  return reconcile(departures, {
    directories: snapshotDirectories(identities, PROVIDERS),
    mapping:
      options.mapping === undefined
        ? IdentityMapping.empty()
        : IdentityMapping.parse(options.mapping, 'mapping.json'),
    protectedPrincipals: new ProtectedPrincipals(options.deny ?? []),
    asOf: AS_OF,
    graceMs: 7 * DAY_MS,
    previousState: options.state ?? new Map(),
  })
}

describe('reconcile', () => {
  it.each([
    ['2024-05-25', 'planned'],
    ['2024-05-26', 'within the grace period (until 2024-06-02T00:00:00.000Z)'],
    ['2024-06-02', 'not departed yet'],
  ])('a termination on %s, seven days of grace, as of 2024-06-01: %s', async (date, outcome) => {
    const result = await decide([departure('ada@example.com', date)], [awsUser('ada', 'ada@example.com')])
    expect(result.identities.length === 1 ? 'planned' : result.skipped[0]?.reason).toBe(outcome)
  })

  it.each([
    [
      'created after the rehire',
      { created_time: '2024-02-10T00:00:00.000Z' },
      'rehired on 2024-02-01: the identity was created since',
    ],
    [
      'used after the rehire',
      { last_used_time: '2024-03-01T12:00:00.000Z' },
      'rehired on 2024-02-01: the identity was used since',
    ],
    [
      'neither: an orphan of the earlier employment',
      { last_used_time: '2023-01-10T00:00:00.000Z' },
      'planned',
    ],
  ])('a rehire whose identity was %s', async (_name, fields, outcome) => {
    const result = await decide(
      [departure('eve@example.com', '2023-01-15', '2024-02-01')],
      [awsUser('eve', 'eve@example.com', fields)],
    )
    expect(result.identities.length === 1 ? 'planned' : result.skipped[0]?.reason).toBe(outcome)
  })

  it.each([
    ['break-glass-ops', [], 'protected principal: an emergency-access (break-glass) account'],
    ['emergency-admin', [], 'protected principal: an emergency-access account'],
    ['svc-payroll', ['svc-*'], 'protected principal: on the deny list (svc-*)'],
    ['root', [], 'protected principal: the account root user'],
  ])('never plans %s', async (name, deny, reason) => {
    const result = await decide(
      [departure('ops@example.com', '2024-05-01')],
      [awsUser(name, 'ops@example.com')],
      { deny },
    )
    expect(result.identities).toEqual([])
    expect(result.skipped.map((skip) => skip.reason)).toEqual([reason])
  })

  it('never plans a role, even when the mapping file names one, nor an Entra user holding a directory role', async () => {
    const mapping = JSON.stringify([
      { email: 'ops@example.com', provider: 'aws', uid: 'arn:aws:iam::123456789012:role/ops' },
    ])
    const role = {
      ...awsUser('ops', 'other@example.com'),
      uid: 'arn:aws:iam::123456789012:role/ops',
    } as Identity
    const admin = {
      provider: 'entra',
      kind: 'entra-user',
      uid: 'a1',
      name: 'ops@example.com',
      email: 'ops@example.com',
      enabled: true,
      groups: [],
      directory_roles: ['Privileged Role Administrator'],
      app_role_assignments: [],
    } as Identity
    const result = await decide([departure('ops@example.com', '2024-05-01')], [role, admin], { mapping })
    expect(result.identities).toEqual([])
    expect(result.skipped.map((skip) => skip.reason).sort()).toEqual([
      'protected principal: a role',
      'protected principal: holds an administrator role',
    ])
  })

  it('says when a departed person has no identity left, or a mapped one is already gone', async () => {
    const mapping = JSON.stringify([
      { employee_id: 'E9', provider: 'gcp', uid: 'gone@p.iam.gserviceaccount.com' },
    ])
    const result = await decide(
      [
        departure('zed@example.com', '2024-05-01'),
        { ...departure('yan@example.com', '2024-05-01'), employeeId: 'E9' },
      ],
      [],
      { mapping },
    )
    expect(result.skipped.map((skip) => skip.reason)).toEqual([
      'no cloud identity found (already removed, or never created)',
      'already removed (named by the mapping file, not found)',
    ])
  })

  it('plans an identity once when two records name it, and keeps the later termination of a person listed twice', async () => {
    const twice = [departure('ada@example.com', '2023-01-01'), departure('ada@example.com', '2024-05-01')]
    const result = await decide(twice, [awsUser('ada', 'ada@example.com')])
    expect(result.identities.map((planned) => planned.departure.termination_date)).toEqual(['2024-05-01'])
    expect(result.skipped.map((skip) => skip.reason)).toEqual([
      'superseded by hr.csv:ada@example.com (a later termination)',
    ])
  })

  it('with the state of the last run, plans only what is new or changed', async () => {
    const departures = [
      departure('ada@example.com', '2024-05-01'),
      departure('bob@example.com', '2024-05-01'),
    ]
    const identities = [awsUser('ada', 'ada@example.com'), awsUser('bob', 'bob@example.com')]
    const first = await decide(departures, identities)
    expect(first.identities).toHaveLength(2)
    const rerun = await decide(departures, identities, { state: first.nextState })
    expect(rerun.identities).toEqual([])
    expect(rerun.skipped.map((skip) => skip.reason)).toEqual([
      'unchanged since the last run (state file)',
      'unchanged since the last run (state file)',
    ])
    const changed = [identities[0] as Identity, awsUser('bob', 'bob@example.com', { groups: ['admins'] })]
    const third = await decide(departures, changed, { state: first.nextState })
    expect(third.identities.map((planned) => planned.identity.name)).toEqual(['bob'])
    expect(third.identities[0]?.actions.map((action) => action.operation)).toContain(
      'iam:RemoveUserFromGroup',
    )
  })
})

/** The credential-report controls (1.10, 1.12, 1.13, 1.14) at their boundaries, measured from the snapshot's time. */
import { describe, expect, it } from 'vitest'
import { consoleUserMfa } from '../../src/controls/1.10.ts'
import { unusedCredentialsDisabled } from '../../src/controls/1.12.ts'
import { singleActiveAccessKey } from '../../src/controls/1.13.ts'
import { accessKeysRotated } from '../../src/controls/1.14.ts'
import type { CredentialReportUser } from '../../src/snapshot.ts'
import { daysAgo, emptyData, reportUser, subjectOf } from './snapshot-data.ts'

function evaluate(control: typeof consoleUserMfa, users: CredentialReportUser[]) {
  const data = emptyData()
  data.iam.credentialReport = { generatedTime: daysAgo(0), users }
  return control.evaluate(subjectOf(data)).map((outcome) => [outcome.status, outcome.detail])
}

const key = (slot: 1 | 2, rotated: number, used: number | null) => ({
  slot,
  active: true,
  lastRotated: daysAgo(rotated),
  lastUsed: used === null ? null : daysAgo(used),
})
const noKey = (slot: 1 | 2) => ({ slot, active: false, lastRotated: null, lastUsed: null })

describe('1.12 credentials unused for 45 days or greater', () => {
  it.each([
    [
      'a password used 44 days ago',
      { passwordEnabled: true, passwordLastUsed: daysAgo(44), passwordLastChanged: daysAgo(300) },
      'pass',
    ],
    [
      'a password used 45 days ago',
      { passwordEnabled: true, passwordLastUsed: daysAgo(45), passwordLastChanged: daysAgo(300) },
      'fail',
    ],
    [
      'a password never used, set 44 days ago',
      { passwordEnabled: true, passwordLastChanged: daysAgo(44) },
      'pass',
    ],
    [
      'a password never used, set 45 days ago',
      { passwordEnabled: true, passwordLastChanged: daysAgo(45) },
      'fail',
    ],
    [
      'a disabled password last used long ago',
      { passwordEnabled: false, passwordLastUsed: daysAgo(400) },
      'pass',
    ],
    ['a key used yesterday', { accessKeys: [key(1, 200, 1), noKey(2)] }, 'pass'],
    ['a key last used 45 days ago', { accessKeys: [key(1, 200, 45), noKey(2)] }, 'fail'],
    ['a key never used, made 45 days ago', { accessKeys: [key(1, 45, null), noKey(2)] }, 'fail'],
    ['a second key never used, made yesterday', { accessKeys: [key(1, 10, 0), key(2, 1, null)] }, 'pass'],
    [
      'an inactive key unused for a year',
      {
        accessKeys: [
          { slot: 1 as const, active: false, lastRotated: daysAgo(400), lastUsed: daysAgo(400) },
          noKey(2),
        ],
      },
      'pass',
    ],
  ])('%s: %s', (_label, overrides, status) => {
    const [outcome] = evaluate(unusedCredentialsDisabled, [reportUser(overrides)])
    expect(outcome?.[0]).toBe(status)
  })

  it('names every stale credential', () => {
    const user = reportUser({
      passwordEnabled: true,
      passwordLastUsed: daysAgo(100),
      accessKeys: [key(1, 200, 60), key(2, 50, null)],
    })
    expect(evaluate(unusedCredentialsDisabled, [user])).toEqual([
      [
        'fail',
        'alice: console password last used 100 days ago; access key 1 last used 60 days ago; access key 2 never used, created 50 days ago.',
      ],
    ])
  })

  it('leaves the root user to controls 1.4 to 1.6, and says so when no IAM user remains', () => {
    const root = reportUser({
      user: '<root_account>',
      arn: 'arn:aws:iam::111122223333:root',
      accessKeys: [key(1, 900, 300), noKey(2)],
    })
    expect(evaluate(unusedCredentialsDisabled, [root])).toEqual([
      ['not-applicable', 'The account has no IAM users.'],
    ])
  })
})

describe('1.14 access keys rotated every 90 days or less', () => {
  it.each([
    [90, 'pass'],
    [91, 'fail'],
  ])('an active key %i days old: %s', (age, status) => {
    expect(
      evaluate(accessKeysRotated, [reportUser({ accessKeys: [key(1, age, 0), noKey(2)] })])[0]?.[0],
    ).toBe(status)
  })

  it('ignores an inactive old key', () => {
    const inactive = { slot: 1 as const, active: false, lastRotated: daysAgo(500), lastUsed: null }
    expect(evaluate(accessKeysRotated, [reportUser({ accessKeys: [inactive, noKey(2)] })])[0]?.[0]).toBe(
      'pass',
    )
  })
})

describe('1.10 and 1.13', () => {
  it('fails a console password without MFA, passes users without a password', () => {
    expect(
      evaluate(consoleUserMfa, [
        reportUser({ user: 'a', passwordEnabled: true, mfaActive: false }),
        reportUser({ user: 'b', passwordEnabled: true, mfaActive: true }),
        reportUser({ user: 'c', passwordEnabled: false }),
      ]).map(([status]) => status),
    ).toEqual(['fail', 'pass', 'pass'])
  })

  it('fails two active keys only', () => {
    expect(
      evaluate(singleActiveAccessKey, [
        reportUser({ user: 'a', accessKeys: [key(1, 1, 0), key(2, 1, 0)] }),
        reportUser({ user: 'b', accessKeys: [key(1, 1, 0), noKey(2)] }),
      ]).map(([status]) => status),
    ).toEqual(['fail', 'pass'])
  })
})

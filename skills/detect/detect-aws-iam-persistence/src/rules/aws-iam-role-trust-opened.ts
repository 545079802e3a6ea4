/** A role's trust policy rewritten to let in another account, or anyone: a backdoor into the role. */
import { type AwsCall, accountOfPrincipal, policyStatements, succeededCallOf } from '#shared/aws/index.ts'
import type { EventRule } from '#shared/detect/index.ts'
import { asString } from '#shared/json/index.ts'
import type { OcsfEvent } from '#shared/ocsf/index.ts'
import type { IamPersistenceConfig } from '../config.ts'

const UPDATE_TRUST: ReadonlySet<string> = new Set(['UpdateAssumeRolePolicy'])

interface OpenedTrust {
  readonly call: AwsCall
  /** `*`, or the accounts outside the role's own that may now assume it. */
  readonly outsiders: readonly string[]
}

function openedTrustOf(event: OcsfEvent, config: IamPersistenceConfig): OpenedTrust | undefined {
  const call = succeededCallOf(event, 'iam.amazonaws.com', UPDATE_TRUST)
  if (call === undefined) return undefined
  const outsiders = new Set<string>()
  for (const statement of policyStatements(call.request?.policyDocument)) {
    if (statement.effect !== 'Allow') continue
    for (const principal of statement.awsPrincipals) {
      // A `*` principal is anyone, whatever the condition: sts:ExternalId is a shared string, not an identity.
      if (principal === '*') outsiders.add('*')
      const account = accountOfPrincipal(principal)
      if (account === undefined || account === call.account || config.trustedAccounts.has(account)) continue
      outsiders.add(account)
    }
  }
  return outsiders.size > 0 ? { call, outsiders: [...outsiders].sort() } : undefined
}

export const awsIamRoleTrustOpened: EventRule<IamPersistenceConfig> = {
  id: 'aws-iam-role-trust-opened',
  title: 'Role trust policy opened to another account',
  severity: 'high',
  attacks: ['T1098'],
  classUids: [6003],
  rationale:
    "Whoever a role's trust policy names can assume the role from their own account; adding an outside account or `*` gives an attacker a way back in that needs no credentials of this account.",
  reference: 'https://stratus-red-team.cloud/attack-techniques/AWS/aws.persistence.iam-backdoor-role/',
  runbook:
    '1. Which account was added, and does it belong to the organisation or a known vendor? 2. Look for AssumeRole calls into the role from that account. 3. If unexpected, restore the previous trust policy and review the caller.',
  falsePositives: [
    'cross-account access set up for a new vendor or a new account of the organisation (list them with --trusted-account)',
    'a trust policy rewritten without change that already trusted an outside account',
  ],
  match(event, config) {
    return openedTrustOf(event, config) !== undefined
  },
  describe(event, config) {
    const opened = openedTrustOf(event, config)
    const caller = opened?.call.caller.name ?? 'unknown caller'
    const role = asString(opened?.call.request?.roleName) ?? '?'
    const outsiders = opened?.outsiders ?? []
    const toAnyone = outsiders.includes('*')
    return {
      key: [caller, role],
      title: toAnyone ? 'Role trust policy opened to any AWS principal' : undefined,
      severity: toAnyone ? 'critical' : 'high',
      desc: toAnyone
        ? `${caller} changed the trust policy of role ${role} so that any AWS principal can assume it.`
        : `${caller} changed the trust policy of role ${role} to trust account ${outsiders.join(', ')}.`,
    }
  },
}

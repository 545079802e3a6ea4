/** An IAM user or the root user signed in to the console with a password alone. */
import { type AwsCall, succeededCallOf } from '#shared/aws/index.ts'
import type { EventRule } from '#shared/detect/index.ts'
import type { OcsfEvent } from '#shared/ocsf/index.ts'

const CONSOLE_LOGIN: ReadonlySet<string> = new Set(['ConsoleLogin'])

/**
 * Only password sign-ins are judged: role sessions (AWS IAM Identity Center, SAML and OIDC federation)
 * authenticate at their identity provider, which enforces MFA where CloudTrail cannot see it.
 */
const PASSWORD_PRINCIPALS: ReadonlySet<string> = new Set(['IAMUser', 'Root'])

function passwordOnlySignInOf(event: OcsfEvent): AwsCall | undefined {
  const call = succeededCallOf(event, 'signin.amazonaws.com', CONSOLE_LOGIN)
  if (call === undefined || !PASSWORD_PRINCIPALS.has(call.caller.kind ?? '')) return undefined
  // MFAUsed absent means CloudTrail did not say; only an explicit "No" is reported.
  return call.caller.isMfa === false ? call : undefined
}

export const awsConsoleLoginWithoutMfa: EventRule<undefined> = {
  id: 'aws-console-login-without-mfa',
  title: 'Console sign-in without MFA',
  severity: 'medium',
  attacks: ['T1078.004'],
  classUids: [6003],
  rationale:
    'A console password alone is phished, guessed or reused; a sign-in that used no second factor is exactly what a stolen password looks like.',
  reference:
    'https://stratus-red-team.cloud/attack-techniques/AWS/aws.initial-access.console-login-without-mfa/',
  runbook:
    '1. Does the user have an MFA device, and was the sign-in from a known address and browser? 2. Review what the session did next. 3. Enforce MFA (an IAM policy denying actions without aws:MultiFactorAuthPresent) and reset the password if the sign-in is not recognised.',
  falsePositives: [
    'users still enrolling their first MFA device',
    'break-glass users whose MFA is held offline',
  ],
  match(event) {
    return passwordOnlySignInOf(event) !== undefined
  },
  describe(event) {
    const call = passwordOnlySignInOf(event)
    const isRoot = call?.caller.kind === 'Root'
    const who = isRoot
      ? `the root user of account ${call?.account ?? '?'}`
      : `IAM user ${call?.caller.name ?? '?'}`
    const from = event.src_endpoint?.ip === undefined ? '' : ` from ${event.src_endpoint.ip}`
    return {
      key: [call?.caller.key ?? 'unknown'],
      title: isRoot ? 'Root console sign-in without MFA' : undefined,
      severity: isRoot ? 'high' : 'medium',
      desc: `${who} signed in to the console without MFA${from}.`,
    }
  },
}

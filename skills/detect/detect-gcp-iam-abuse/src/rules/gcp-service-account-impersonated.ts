/**
 * A principal that obtains a service account's credentials, or signs as it, through the IAM Service
 * Account Credentials API: access and ID tokens, signed blobs and JWTs. A service account signing as
 * itself (signed URLs from Cloud Run, for example) is not impersonation and is left out.
 */
import type { EventRule } from '#shared/detect/index.ts'
import { type GcpCall, gcpCallOf } from '#shared/gcp/index.ts'
import { asString } from '#shared/json/index.ts'
import type { OcsfEvent } from '#shared/ocsf/index.ts'
import type { IamAbuseConfig } from '../config.ts'
import { isUniqueId, serviceAccountOf } from '../service-accounts.ts'

/** The Service Account Credentials API, and the IAM API's older signBlob and signJwt. */
const IMPERSONATING_CALLS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  [
    'iamcredentials.googleapis.com',
    new Set(['generateaccesstoken', 'getaccesstoken', 'generateidtoken', 'signblob', 'signjwt']),
  ],
  ['iam.googleapis.com', new Set(['signblob', 'signjwt'])],
])

/**
 * Google-managed service agents (`service-<number>@gcp-sa-<service>.iam.gserviceaccount.com`) mint tokens
 * for the accounts users attach to Cloud Scheduler jobs, Pub/Sub push subscriptions and the like: that
 * is the service working as configured, not someone borrowing an identity.
 */
const SERVICE_AGENT = /@gcp-sa-[a-z0-9-]+\.iam\.gserviceaccount\.com$/i

interface Impersonation {
  readonly call: GcpCall
  readonly account: string
  /** The target is named by unique id and the caller is a service account: it may be the account itself. */
  readonly maybeSelf: boolean
}

function impersonationOf(event: OcsfEvent): Impersonation | undefined {
  const call = gcpCallOf(event)
  if (call === undefined || !call.succeeded) return undefined
  if (IMPERSONATING_CALLS.get(call.service)?.has(call.verb) !== true) return undefined
  if (call.caller.email !== undefined && SERVICE_AGENT.test(call.caller.email)) return undefined
  const account = serviceAccountOf(asString(call.request?.name)) ?? serviceAccountOf(call.resource.uid) ?? '?'
  if (call.caller.email !== undefined && account.toLowerCase() === call.caller.email.toLowerCase())
    return undefined
  return { call, account, maybeSelf: call.caller.isServiceAccount && isUniqueId(account) }
}

export const gcpServiceAccountImpersonated: EventRule<IamAbuseConfig> = {
  id: 'gcp-service-account-impersonated',
  title: 'Service account impersonated',
  severity: 'medium',
  attacks: ['T1550.001', 'T1078.004'],
  classUids: [6003],
  rationale:
    "Token creation and signing let a principal act as a service account without its key; an attacker holding iam.serviceAccounts.getAccessToken (or signBlob, signJwt) on a more privileged account borrows its rights, and the calls that follow are logged as the account's.",
  reference:
    'https://stratus-red-team.cloud/attack-techniques/GCP/gcp.privilege-escalation.impersonate-service-accounts/',
  runbook:
    "1. Who impersonated which account (the delegation chain is in the evidence), and is that principal meant to? 2. Review what the service account did right after, under the caller's delegation. 3. Remove the caller's Token Creator binding on the account if it is not needed.",
  falsePositives: [
    'administrators and CI pipelines that deploy as a service account with --impersonate-service-account',
    'applications that sign URLs or JWTs as a dedicated signing account',
  ],
  match(event) {
    return impersonationOf(event) !== undefined
  },
  describe(event) {
    const impersonation = impersonationOf(event)
    const caller = impersonation?.call.caller.label ?? 'unknown caller'
    const account = impersonation?.account ?? '?'
    const method = impersonation?.call.method ?? 'a credentials call'
    return {
      key: [caller, account],
      confidence: impersonation?.maybeSelf === true ? 'medium' : 'high',
      desc: `${caller} called ${method} for service account ${account}.`,
    }
  },
}

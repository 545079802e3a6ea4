/**
 * A user-managed key created or uploaded for a service account: a credential that never expires by
 * default, works from anywhere, and outlives the session that made it.
 */
import type { EventRule } from '#shared/detect/index.ts'
import { type GcpCall, succeededGcpCallOf } from '#shared/gcp/index.ts'
import { asString } from '#shared/json/index.ts'
import type { OcsfEvent } from '#shared/ocsf/index.ts'
import type { IamAbuseConfig } from '../config.ts'
import { serviceAccountOf } from '../service-accounts.ts'

const IAM_SERVICE = 'iam.googleapis.com'
/** CreateServiceAccountKey returns a new private key; UploadServiceAccountKey adds a public key whose private half the caller holds. */
const KEY_VERBS: ReadonlySet<string> = new Set(['createserviceaccountkey', 'uploadserviceaccountkey'])

interface KeyCreation {
  readonly call: GcpCall
  readonly account: string
  /** The new key's id, from the response. */
  readonly keyId: string | undefined
}

function keyCreationOf(event: OcsfEvent): KeyCreation | undefined {
  const call = succeededGcpCallOf(event, IAM_SERVICE, KEY_VERBS)
  if (call === undefined) return undefined
  const keyName = asString(call.response?.name)
  // The response names the account by email; the request may have used its unique id.
  const account =
    serviceAccountOf(keyName) ?? serviceAccountOf(asString(call.request?.name)) ?? call.resource.name ?? '?'
  const keyId = keyName?.split('/keys/')[1]
  return { call, account, keyId }
}

export const gcpServiceAccountKeyCreated: EventRule<IamAbuseConfig> = {
  id: 'gcp-service-account-key-created',
  title: 'Service account key created',
  severity: 'high',
  attacks: ['T1098.001'],
  classUids: [6003],
  rationale:
    'A service account key is a long-lived credential usable from anywhere; creating one is the standard way to keep access to a project after the credential that made it is revoked.',
  reference:
    'https://stratus-red-team.cloud/attack-techniques/GCP/gcp.persistence.create-service-account-key/',
  runbook:
    "1. Who created the key, for which account, and does a documented integration need it? 2. If not, delete the key (its id is in the finding) and review the account's recent calls. 3. Consider the iam.disableServiceAccountKeyCreation organization policy.",
  falsePositives: [
    'integrations outside Google Cloud that cannot use workload identity federation',
    'key rotation by a secrets pipeline',
  ],
  match(event) {
    return keyCreationOf(event) !== undefined
  },
  describe(event) {
    const creation = keyCreationOf(event)
    const caller = creation?.call.caller.label ?? 'unknown caller'
    const account = creation?.account ?? '?'
    const verb = creation?.call.verb === 'uploadserviceaccountkey' ? 'uploaded a key' : 'created a key'
    const key = creation?.keyId === undefined ? '' : ` (key ${creation.keyId})`
    return {
      // Each key is a credential of its own, reported on its own.
      key: [caller, account, creation?.keyId ?? ''],
      desc: `${caller} ${verb} for service account ${account}${key}.`,
    }
  },
}

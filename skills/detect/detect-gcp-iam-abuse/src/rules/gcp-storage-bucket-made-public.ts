/**
 * A Cloud Storage bucket or object opened to anyone: an IAM binding or ACL entry for allUsers or
 * allAuthenticatedUsers. Cloud Storage logs bucket IAM changes and ACL changes alike as
 * `storage.setIamPermissions`, with what was added in the binding deltas (ACLs as the legacy roles).
 */
import type { EventRule } from '#shared/detect/index.ts'
import { type BindingDelta, parseMember } from '#shared/gcp/index.ts'
import type { OcsfEvent } from '#shared/ocsf/index.ts'
import type { IamAbuseConfig } from '../config.ts'
import { STORAGE_WRITE_ROLES } from '../mappings/roles.ts'
import { type PolicyChange, policyChangeOf } from '../policy-changes.ts'

const STORAGE_SERVICE = 'storage.googleapis.com'

interface Exposure {
  readonly change: PolicyChange
  readonly grants: readonly BindingDelta[]
}

function exposureOf(event: OcsfEvent): Exposure | undefined {
  const change = policyChangeOf(event)
  if (change === undefined || change.call.service !== STORAGE_SERVICE) return undefined
  const grants = change.added.filter((binding) => parseMember(binding.member).kind === 'public')
  return grants.length > 0 ? { change, grants } : undefined
}

export const gcpStorageBucketMadePublic: EventRule<IamAbuseConfig> = {
  id: 'gcp-storage-bucket-made-public',
  title: 'Cloud Storage bucket or object made public',
  severity: 'high',
  attacks: ['T1530'],
  classUids: [6003],
  rationale:
    'allUsers and allAuthenticatedUsers let anyone on the internet read (or write) the data without credentials; opening a bucket is how data is staged for collection, or leaked by mistake.',
  reference: 'https://stratus-red-team.cloud/attack-techniques/GCP/gcp.exfiltration.backdoor-gcs-bucket/',
  runbook:
    '1. Is the bucket meant to serve public content (a website, public datasets)? 2. If not, remove the public members and turn on public access prevention. 3. Check the access logs for reads since the change.',
  falsePositives: ['buckets that host a public website or public downloads'],
  match(event) {
    return exposureOf(event) !== undefined
  },
  describe(event) {
    const exposure = exposureOf(event)
    const call = exposure?.change.call
    const caller = call?.caller.label ?? 'unknown caller'
    const target = call?.resource.uid ?? 'a bucket'
    const grants = exposure?.grants ?? []
    const writable = grants.some((grant) => STORAGE_WRITE_ROLES.has(grant.role))
    const what = grants.map((grant) => `${grant.role} to ${grant.member}`).join(', ')
    return {
      key: [caller, target, what],
      severity: writable ? 'critical' : 'high',
      confidence: exposure?.change.inferred === true ? 'medium' : 'high',
      desc: `${caller} made ${target} public: ${what}${writable ? ' (anyone can write)' : ''}.`,
    }
  },
}

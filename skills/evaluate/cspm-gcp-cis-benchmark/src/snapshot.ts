/**
 * The snapshot: exactly the Google Cloud configuration the controls read, as the collector wrote it, in
 * the REST APIs' own field names. A list that could not be read is empty and its reason is in the
 * envelope's `errors` under its section; a part of one item (a service account's keys, a bucket's IAM
 * policy) that could not be read is null and its reason is in that item's `errors`.
 */
import * as z from '#shared/json/zod.ts'

/** An IAM policy binding: members granted a role, optionally under a condition. */
export const Binding = z.object({
  role: z.string(),
  members: z.array(z.string()),
  /** The condition's title or expression, when the grant is conditional. */
  condition: z.string().nullable(),
})
export type Binding = z.infer<typeof Binding>

export const ServiceAccountKey = z.object({
  /** The key's resource name, projects/-/serviceAccounts/<email>/keys/<id>. */
  name: z.string(),
  keyType: z.string(),
  validAfterTime: z.string().nullable(),
  disabled: z.boolean(),
})
export type ServiceAccountKey = z.infer<typeof ServiceAccountKey>

export const ServiceAccount = z.object({
  email: z.string(),
  uniqueId: z.string(),
  disabled: z.boolean(),
  /** Its user-managed keys (keys.list keyTypes=USER_MANAGED); null when they could not be listed. */
  keys: z.array(ServiceAccountKey).nullable(),
  errors: z.partialRecord(z.enum(['keys']), z.string()).optional(),
})
export type ServiceAccount = z.infer<typeof ServiceAccount>

export const Bucket = z.object({
  name: z.string(),
  /** As the API writes it, e.g. "EU" or "US-CENTRAL1". */
  location: z.string(),
  uniformBucketLevelAccess: z.boolean(),
  /** "enforced", "inherited" (or the older "unspecified"); null when the API does not say. */
  publicAccessPrevention: z.string().nullable(),
  /** The bucket's IAM policy bindings; null when the policy could not be read. */
  iamBindings: z.array(Binding).nullable(),
  errors: z.partialRecord(z.enum(['iamPolicy']), z.string()).optional(),
})
export type Bucket = z.infer<typeof Bucket>

export const FirewallRule = z.object({
  name: z.string(),
  /** The network's short name, from its URL. */
  network: z.string(),
  direction: z.string(),
  disabled: z.boolean(),
  priority: z.int(),
  sourceRanges: z.array(z.string()),
  allowed: z.array(z.object({ IPProtocol: z.string(), ports: z.array(z.string()) })),
})
export type FirewallRule = z.infer<typeof FirewallRule>

export const Subnetwork = z.object({
  name: z.string(),
  region: z.string(),
  network: z.string(),
  /** PRIVATE (or absent, which means PRIVATE) for ordinary subnets; proxy and PSC subnets have no flow logs. */
  purpose: z.string().nullable(),
  ipCidrRange: z.string(),
  /** logConfig, as the API returns it; null when the subnet has none. */
  logConfig: z
    .object({
      enable: z.boolean(),
      aggregationInterval: z.string().nullable(),
      flowSampling: z.number().nullable(),
      metadata: z.string().nullable(),
      filterExpr: z.string().nullable(),
    })
    .nullable(),
})
export type Subnetwork = z.infer<typeof Subnetwork>

export const GcpSnapshotData = z.object({
  project: z.object({ projectId: z.string().regex(/^[a-z][a-z0-9-]{4,28}[a-z0-9]$/) }),
  iamPolicy: z.object({ bindings: z.array(Binding) }).nullable(),
  serviceAccounts: z.array(ServiceAccount),
  buckets: z.array(Bucket),
  firewalls: z.array(FirewallRule),
  subnetworks: z.array(Subnetwork),
})
export type GcpSnapshotData = z.infer<typeof GcpSnapshotData>

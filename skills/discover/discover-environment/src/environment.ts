/**
 * The environment description this skill reads and its collectors write: resources and the relationships
 * between them, provider-neutral. A hand-written configuration file (JSON or YAML) follows this schema, and
 * a live collection writes the same shape inside a snapshot, so both become the same graph.
 */
import * as z from '#shared/json/zod.ts'

export const PROVIDERS = ['aws', 'gcp', 'azure', 'other'] as const
export type Provider = (typeof PROVIDERS)[number]

/**
 * Resource types across providers, by what they are to an attacker: an AWS IAM user and an Entra user are
 * both `user`; an S3 bucket, a GCS bucket and an Azure storage account (where public access is set) are
 * all `bucket`; a security group, a VPC firewall rule and a network security group are `security-group`.
 */
export const RESOURCE_TYPES = [
  'user',
  'group',
  'role',
  'service-account',
  'access-key',
  'principal',
  'bucket',
  'function',
  'instance',
  'network',
  'subnet',
  'security-group',
  'model-endpoint',
] as const
export type ResourceType = (typeof RESOURCE_TYPES)[number]

/**
 * How two resources relate, read from `from` to `to`: a user `has` an access key, a role `trusts` a
 * principal, an instance is `in` a subnet, an instance is `protected-by` a security group, a function
 * `assumes` a role, a user is a `member-of` a group, a principal `holds` a role.
 */
export const RELATIONS = ['has', 'trusts', 'in', 'protected-by', 'assumes', 'member-of', 'holds'] as const
export type Relation = (typeof RELATIONS)[number]

/** An inbound rule: who may connect (a CIDR, `*`, or a provider tag such as Internet), on which protocol and ports. */
export const IngressRule = z.strictObject({
  source: z.string().min(1),
  /** tcp, udp, icmp, or `all` (AWS -1, GCP all, Azure *). */
  protocol: z.string().min(1),
  /** Absent for every port. */
  from_port: z.int().min(0).max(65535).optional(),
  to_port: z.int().min(0).max(65535).optional(),
})
export type IngressRule = z.infer<typeof IngressRule>

export const Resource = z.strictObject({
  /** The provider's own identifier: an ARN, a resource name, an Azure resource id; unique in the file. */
  uid: z.string().min(1),
  type: z.enum(RESOURCE_TYPES),
  name: z.string().min(1).optional(),
  region: z.string().min(1).optional(),
  /** The account, project or subscription it belongs to, when it is not the environment's own. */
  account: z.string().min(1).optional(),
  /** Anyone on the internet can read it (bucket) or call it (model endpoint, function URL). */
  public: z.boolean().optional(),
  /** A key that can be used (`active`) or not. */
  status: z.enum(['active', 'inactive']).optional(),
  /** An instance whose metadata service answers without a session token (IMDSv1). */
  metadata_v1: z.boolean().optional(),
  /** A principal outside the account or organisation (another AWS account, a foreign domain). */
  external: z.boolean().optional(),
  /** Inbound rules of a security group. */
  ingress: z.array(IngressRule).optional(),
  /** The address an instance or endpoint is reachable at from outside. */
  public_ip: z.string().min(1).optional(),
  tags: z.record(z.string(), z.string()).optional(),
})
export type Resource = z.infer<typeof Resource>

export const Relationship = z.strictObject({
  from: z.string().min(1),
  to: z.string().min(1),
  relation: z.enum(RELATIONS),
})
export type Relationship = z.infer<typeof Relationship>

export const Environment = z.strictObject({
  provider: z.enum(PROVIDERS),
  /** The account id, project id or subscription id described. */
  account: z.string().min(1).optional(),
  /** When the description was true, RFC 3339; else --observed-at. */
  observed_at: z.string().optional(),
  resources: z.array(Resource),
  relationships: z.array(Relationship).default([]),
})
export type Environment = z.infer<typeof Environment>

/** What a live collection found, in the snapshot envelope's data. */
export const CollectedEnvironment = Environment.omit({ observed_at: true })
export type CollectedEnvironment = z.infer<typeof CollectedEnvironment>

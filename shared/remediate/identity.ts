/**
 * The cloud identities remediation reads and removes, one shape per provider: what live readers return,
 * what an inventory snapshot file holds, and what a plan acts on. Times are RFC 3339 text, as the
 * providers state them, so plans stay readable.
 */
import * as z from '../json/zod.ts'

export const PROVIDERS = ['aws', 'entra', 'gcp', 'workspace'] as const
export type Provider = (typeof PROVIDERS)[number]

const time = z.string().regex(/^\d{4}-\d{2}-\d{2}T/, 'an RFC 3339 time')

const identityBase = {
  /** The provider's stable id: IAM user ARN, Entra object id, service-account email, Workspace user id. */
  uid: z.string().min(1),
  /** User name, user principal name, service-account email or primary email. */
  name: z.string().min(1),
  /** AWS account id, Entra tenant id, GCP project id, Workspace customer id. */
  account: z.string().min(1).optional(),
  email: z.string().min(3).optional(),
  employee_id: z.string().min(1).optional(),
  /** Whether the identity can still sign in or authenticate. */
  enabled: z.boolean(),
  created_time: time.optional(),
  last_used_time: time.optional(),
}

export const AccessKey = z.object({
  id: z.string().min(1),
  status: z.enum(['Active', 'Inactive']),
  created_time: time.optional(),
  last_used_time: time.optional(),
})
export type AccessKey = z.infer<typeof AccessKey>

/** One role grant of a member in a GCP project's IAM policy. */
export const ProjectBinding = z.object({
  project: z.string().min(1),
  role: z.string().min(1),
  member: z.string().min(1),
})
export type ProjectBinding = z.infer<typeof ProjectBinding>

export const AwsIamUser = z.object({
  provider: z.literal('aws'),
  kind: z.literal('iam-user'),
  ...identityBase,
  tags: z.record(z.string(), z.string()).default({}),
  access_keys: z.array(AccessKey).default([]),
  login_profile: z.boolean().default(false),
  groups: z.array(z.string()).default([]),
  managed_policies: z.array(z.string()).default([]),
  inline_policies: z.array(z.string()).default([]),
  /** MFA device serial numbers; a virtual device's serial is its ARN (`:mfa/`). */
  mfa_devices: z.array(z.string()).default([]),
  signing_certificates: z.array(z.string()).default([]),
  ssh_public_keys: z.array(z.string()).default([]),
  service_specific_credentials: z.array(z.string()).default([]),
})
export type AwsIamUser = z.infer<typeof AwsIamUser>

export const EntraUser = z.object({
  provider: z.literal('entra'),
  kind: z.literal('entra-user'),
  ...identityBase,
  groups: z.array(z.object({ id: z.string().min(1), name: z.string().optional() })).default([]),
  /** Directory (administrator) roles the user holds: such a user is protected, never planned. */
  directory_roles: z.array(z.string()).default([]),
  app_role_assignments: z.array(z.string()).default([]),
})
export type EntraUser = z.infer<typeof EntraUser>

export const GcpServiceAccount = z.object({
  provider: z.literal('gcp'),
  kind: z.literal('service-account'),
  ...identityBase,
  /** Full resource names of user-managed keys. */
  keys: z.array(z.string()).default([]),
  bindings: z.array(ProjectBinding).default([]),
})
export type GcpServiceAccount = z.infer<typeof GcpServiceAccount>

export const WorkspaceUser = z.object({
  provider: z.literal('workspace'),
  kind: z.literal('workspace-user'),
  ...identityBase,
  /** Super or delegated administrators are protected, never planned. */
  is_admin: z.boolean().default(false),
  bindings: z.array(ProjectBinding).default([]),
})
export type WorkspaceUser = z.infer<typeof WorkspaceUser>

export const Identity = z.discriminatedUnion('provider', [
  AwsIamUser,
  EntraUser,
  GcpServiceAccount,
  WorkspaceUser,
])
export type Identity = z.infer<typeof Identity>

/** Enough to find an identity again: its provider and uid, with its name and account for people and logs. */
export const IdentityRef = z.object({
  provider: z.enum(PROVIDERS),
  uid: z.string().min(1),
  name: z.string().min(1).optional(),
  account: z.string().min(1).optional(),
  email: z.string().min(3).optional(),
})
export type IdentityRef = z.infer<typeof IdentityRef>

export function refOf(identity: Identity): IdentityRef {
  const ref: IdentityRef = { provider: identity.provider, uid: identity.uid, name: identity.name }
  if (identity.account !== undefined) ref.account = identity.account
  if (identity.email !== undefined) ref.email = identity.email
  return ref
}

/** The key an identity is known by across runs and files: provider and uid. */
export function identityKey(ref: Pick<IdentityRef, 'provider' | 'uid'>): string {
  return `${ref.provider}|${ref.uid}`
}

const IAM_USER_ARN = /^arn:aws[a-z-]*:iam::(\d{12}):user\/(?:.*\/)?([^/]+)$/

/** The account and user name of an IAM user ARN, or undefined for anything else (a role, the root user). */
export function parseIamUserArn(arn: string): { account: string; userName: string } | undefined {
  const match = IAM_USER_ARN.exec(arn)
  if (match === null) return undefined
  return { account: match[1] as string, userName: match[2] as string }
}

/**
 * What counts as giving administrator rights in IAM: AdministratorAccess or IAMFullAccess attached, or
 * an inline policy allowing every action (or every IAM action, which grants the rest) on every resource.
 */
import { type AwsCall, grantsFullAccess, policyStatements } from '#shared/aws/index.ts'
import { asString } from '#shared/json/index.ts'

export type PrincipalKind = 'user' | 'group' | 'role'

export interface AdminGrant {
  readonly kind: PrincipalKind
  readonly name: string
  /** The managed policy ARN, or `inline policy <name>`. */
  readonly policy: string
}

/** AWS managed policies that are administrator rights, in every partition. */
const ADMIN_POLICY_ARN = /^arn:aws[a-z-]*:iam::aws:policy\/(AdministratorAccess|IAMFullAccess)$/

/** The principal kind each granting operation writes to, and the request member that names it. */
const GRANT_TARGETS: ReadonlyMap<string, { kind: PrincipalKind; member: string }> = new Map([
  ['AttachUserPolicy', { kind: 'user', member: 'userName' }],
  ['PutUserPolicy', { kind: 'user', member: 'userName' }],
  ['AttachGroupPolicy', { kind: 'group', member: 'groupName' }],
  ['PutGroupPolicy', { kind: 'group', member: 'groupName' }],
  ['AttachRolePolicy', { kind: 'role', member: 'roleName' }],
  ['PutRolePolicy', { kind: 'role', member: 'roleName' }],
])

function grantedPolicy(call: AwsCall): string | undefined {
  const policyArn = asString(call.request?.policyArn)
  if (policyArn !== undefined) return ADMIN_POLICY_ARN.test(policyArn) ? policyArn : undefined
  if (!policyStatements(call.request?.policyDocument).some(grantsFullAccess)) return undefined
  return `inline policy ${asString(call.request?.policyName) ?? '?'}`
}

/** The administrator grant a successful IAM call makes, if it makes one. */
export function adminGrantOf(call: AwsCall): AdminGrant | undefined {
  const target = GRANT_TARGETS.get(call.operation)
  if (target === undefined) return undefined
  const name = asString(call.request?.[target.member])
  const policy = grantedPolicy(call)
  if (name === undefined || policy === undefined) return undefined
  return { kind: target.kind, name, policy }
}

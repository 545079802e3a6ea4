/**
 * Checks made before the first write, whatever the approval says: every action acts on the identity it
 * is listed under, with an operation of that identity's provider, and no identity is a protected
 * principal. A plan that fails is refused whole; none of it runs.
 */
import { RefusedError } from '#shared/errors/index.ts'
import {
  operationOf,
  type Plan,
  type PlanAction,
  type PlannedIdentity,
  type ProtectedPrincipals,
  parseIamUserArn,
} from '#shared/remediate/index.ts'

/** The parameter that names the identity itself, per provider. */
function identityParam(
  planned: PlannedIdentity,
  action: PlanAction,
): { name: string; expected: string } | undefined {
  switch (planned.identity.provider) {
    case 'aws':
      // A virtual MFA device is named by its serial alone; it must sit in the user's own account.
      if (action.operation === 'iam:DeleteVirtualMFADevice') return undefined
      return { name: 'UserName', expected: parseIamUserArn(planned.identity.uid)?.userName ?? '' }
    case 'entra':
      return { name: 'user_id', expected: planned.identity.uid }
    case 'gcp':
      return action.operation === 'gcp:removeProjectBindings'
        ? { name: 'member', expected: `serviceAccount:${planned.identity.uid}` }
        : { name: 'service_account', expected: planned.identity.uid }
    case 'workspace':
      return action.operation === 'workspace:removeProjectBindings'
        ? { name: 'member', expected: `user:${planned.identity.name}` }
        : { name: 'user_key', expected: planned.identity.uid }
  }
}

function problemOf(planned: PlannedIdentity, action: PlanAction): string | undefined {
  if (operationOf(action.operation).provider !== planned.identity.provider) {
    return `${action.operation} does not belong to a ${planned.identity.provider} identity`
  }
  if (action.operation === 'iam:DeleteVirtualMFADevice') {
    const account = parseIamUserArn(planned.identity.uid)?.account
    const serial = action.params.SerialNumber ?? ''
    return serial.startsWith(`arn:aws:iam::${account}:mfa/`)
      ? undefined
      : `MFA device ${serial} is not in account ${account}`
  }
  const expected = identityParam(planned, action)
  if (expected !== undefined && action.params[expected.name] !== expected.expected) {
    return `${expected.name} ${action.params[expected.name]} is not ${expected.expected}`
  }
  return undefined
}

export function preflight(plan: Plan, protectedPrincipals: ProtectedPrincipals): void {
  for (const planned of plan.identities) {
    const ref = planned.identity
    const protection = protectedPrincipals.reasonFor(ref)
    if (protection !== undefined) {
      throw new RefusedError(
        `the plan names a protected principal, ${ref.name ?? ref.uid} (${protection}); nothing was run`,
      )
    }
    if (ref.provider === 'aws' && parseIamUserArn(ref.uid) === undefined) {
      throw new RefusedError(`the plan names ${ref.uid}, which is not an IAM user; nothing was run`)
    }
    for (const action of planned.actions) {
      const problem = problemOf(planned, action)
      if (problem !== undefined)
        throw new RefusedError(`plan action ${action.id} of ${ref.uid}: ${problem}; nothing was run`)
    }
  }
}

/**
 * The audit rows of a run, as OCSF Account Change (3001) events: one announcing each action before it is
 * made (status Pending), one stating its outcome after (Success or Failure, with the provider's error).
 * The user is the identity acted on, the actor the approver through this skill, the API the exact call.
 */
import { stableUid } from '#shared/json/index.ts'
import {
  ACCOUNT_CHANGE,
  ACTIVITY_STATUS,
  type AccountChange,
  buildMetadata,
  classification,
  type Policy,
  severity,
} from '#shared/ocsf/index.ts'
import {
  type Approval,
  cloudOf,
  operationOf,
  type PlanAction,
  type PlannedIdentity,
  userOf,
} from '#shared/remediate/index.ts'

export interface AuditContext {
  readonly skill: string
  readonly planSha256: string
  readonly approval: Approval
  /** Tells the rows of one run from those of a later run (a retry) over the same plan. */
  readonly runId: string
}

export type ActionOutcome =
  | { readonly ok: true; readonly attempts: number; readonly note?: string }
  | { readonly ok: false; readonly attempts: number; readonly code: string; readonly message: string }

/** What a detach-style action takes away, as the OCSF policy it names. */
const POLICY_TYPES: Partial<Record<PlanAction['operation'], string>> = {
  'iam:RemoveUserFromGroup': 'AWS IAM Group',
  'iam:DetachUserPolicy': 'AWS IAM Managed Policy',
  'iam:DeleteUserPolicy': 'AWS IAM Inline Policy',
  'graph:removeGroupMember': 'Microsoft Entra Group',
  'graph:removeAppRoleAssignment': 'Microsoft Entra App Role Assignment',
  'gcp:removeProjectBindings': 'GCP IAM Policy',
  'workspace:removeProjectBindings': 'GCP IAM Policy',
}

function policiesOf(action: PlanAction): Policy[] | undefined {
  const type = POLICY_TYPES[action.operation]
  if (type === undefined) return undefined
  const policy: Policy = { name: action.target, type }
  if (action.target.startsWith('arn:')) policy.uid = action.target
  return [policy]
}

function actorOf(approval: Approval, skill: string): AccountChange['actor'] {
  const approver: NonNullable<NonNullable<AccountChange['actor']>['user']> = {
    name: approval.approver,
    type_id: 1,
    type: 'User',
  }
  if (/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(approval.approver)) approver.email_addr = approval.approver
  return { app_name: skill, user: approver }
}

export function buildAuditEvent(
  context: AuditContext,
  planned: PlannedIdentity,
  action: PlanAction,
  time: number,
  outcome?: ActionOutcome,
): AccountChange {
  const operation = operationOf(action.operation)
  const phase = outcome === undefined ? 'intent' : 'outcome'
  const cloud = cloudOf(planned.identity)
  const who = planned.identity.name ?? planned.identity.uid
  let status: Pick<AccountChange, 'status_id' | 'status' | 'status_code' | 'status_detail'>
  let message: string
  if (outcome === undefined) {
    status = { status_id: 99, status: 'Pending', status_detail: `about to call ${operation.api}` }
    message = `${who}: about to ${action.summary}`
  } else if (outcome.ok) {
    status = {
      ...ACTIVITY_STATUS.success,
      status_detail: outcome.note ?? `done in ${outcome.attempts} attempt(s)`,
    }
    message = `${who}: ${action.summary}: done${outcome.note === undefined ? '' : ` (${outcome.note})`}`
  } else {
    status = { ...ACTIVITY_STATUS.failure, status_code: outcome.code, status_detail: outcome.message }
    message = `${who}: ${action.summary}: failed after ${outcome.attempts} attempt(s): ${outcome.code}`
  }
  const event: AccountChange = {
    ...classification(ACCOUNT_CHANGE, operation.activityId),
    ...severity('informational'),
    ...status,
    time,
    message,
    metadata: buildMetadata(context.skill, {
      uid: stableUid(context.runId, action.id, phase),
      correlation_uid: context.planSha256,
      profiles: ['cloud'],
    }),
    user: userOf(planned.identity),
    actor: actorOf(context.approval, context.skill),
    api: {
      operation: operation.api,
      service: { name: operation.service },
      request: { uid: action.id },
      ...(outcome !== undefined && !outcome.ok
        ? { response: { error: outcome.code, message: outcome.message } }
        : {}),
    },
    policies: policiesOf(action),
    cloud,
    unmapped: {
      phase,
      plan_sha256: context.planSha256,
      approval_ticket: context.approval.ticket,
      run_id: context.runId,
      action_id: action.id,
      step: action.step,
      operation: action.operation,
      permission: operation.permission,
      target: action.target,
      ...(outcome === undefined ? {} : { attempts: outcome.attempts }),
    },
  }
  return JSON.parse(JSON.stringify(event)) as AccountChange
}

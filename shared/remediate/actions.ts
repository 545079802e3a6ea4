/**
 * The ordered actions that remove one identity, from what the identity holds. Access goes first
 * (credentials and sessions), then grants, then the identity itself, so that a run stopped half way has
 * already cut access. Plan uses it to plan; verify uses it to say what is still left.
 */
import { stableUid } from '../json/index.ts'
import type {
  AwsIamUser,
  EntraUser,
  GcpServiceAccount,
  Identity,
  ProjectBinding,
  WorkspaceUser,
} from './identity.ts'
import { identityKey } from './identity.ts'
import type { OperationId } from './operations.ts'
import type { PlanAction } from './plan.ts'

type ActionDraft = Omit<PlanAction, 'id' | 'step'>

function draft(
  operation: OperationId,
  summary: string,
  target: string,
  params: Record<string, string>,
): ActionDraft {
  return { operation, summary, target, params }
}

function awsActions(user: AwsIamUser, terminationDate: string): ActionDraft[] {
  const UserName = user.name
  const drafts: ActionDraft[] = []
  for (const key of user.access_keys) {
    if (key.status === 'Active') {
      drafts.push(
        draft('iam:UpdateAccessKey', `deactivate access key ${key.id}`, key.id, {
          UserName,
          AccessKeyId: key.id,
          Status: 'Inactive',
        }),
      )
    }
  }
  for (const key of user.access_keys) {
    drafts.push(
      draft('iam:DeleteAccessKey', `delete access key ${key.id}`, key.id, { UserName, AccessKeyId: key.id }),
    )
  }
  if (user.login_profile)
    drafts.push(draft('iam:DeleteLoginProfile', 'delete the console password', 'login-profile', { UserName }))
  for (const GroupName of user.groups) {
    drafts.push(
      draft('iam:RemoveUserFromGroup', `remove from group ${GroupName}`, GroupName, { UserName, GroupName }),
    )
  }
  for (const PolicyArn of user.managed_policies) {
    drafts.push(
      draft('iam:DetachUserPolicy', `detach managed policy ${PolicyArn}`, PolicyArn, { UserName, PolicyArn }),
    )
  }
  for (const PolicyName of user.inline_policies) {
    drafts.push(
      draft('iam:DeleteUserPolicy', `delete inline policy ${PolicyName}`, PolicyName, {
        UserName,
        PolicyName,
      }),
    )
  }
  for (const SerialNumber of user.mfa_devices) {
    drafts.push(
      draft('iam:DeactivateMFADevice', `deactivate MFA device ${SerialNumber}`, SerialNumber, {
        UserName,
        SerialNumber,
      }),
    )
  }
  for (const SerialNumber of user.mfa_devices) {
    // Only virtual devices are IAM resources of their own; a hardware device is gone once deactivated.
    if (SerialNumber.includes(':mfa/')) {
      drafts.push(
        draft('iam:DeleteVirtualMFADevice', `delete virtual MFA device ${SerialNumber}`, SerialNumber, {
          SerialNumber,
        }),
      )
    }
  }
  for (const CertificateId of user.signing_certificates) {
    drafts.push(
      draft('iam:DeleteSigningCertificate', `delete signing certificate ${CertificateId}`, CertificateId, {
        UserName,
        CertificateId,
      }),
    )
  }
  for (const SSHPublicKeyId of user.ssh_public_keys) {
    drafts.push(
      draft('iam:DeleteSSHPublicKey', `delete SSH public key ${SSHPublicKeyId}`, SSHPublicKeyId, {
        UserName,
        SSHPublicKeyId,
      }),
    )
  }
  for (const ServiceSpecificCredentialId of user.service_specific_credentials) {
    drafts.push(
      draft(
        'iam:DeleteServiceSpecificCredential',
        `delete service-specific credential ${ServiceSpecificCredentialId}`,
        ServiceSpecificCredentialId,
        {
          UserName,
          ServiceSpecificCredentialId,
        },
      ),
    )
  }
  // Tagged before deletion so that, should the deletion fail, the user is marked as offboarded.
  drafts.push(
    draft('iam:TagUser', 'tag as offboarded', user.uid, { UserName, TerminationDate: terminationDate }),
  )
  drafts.push(draft('iam:DeleteUser', `delete IAM user ${UserName}`, user.uid, { UserName }))
  return drafts
}

function entraActions(user: EntraUser): ActionDraft[] {
  const drafts: ActionDraft[] = [
    draft('graph:revokeSignInSessions', 'revoke sign-in sessions and refresh tokens', user.uid, {
      user_id: user.uid,
    }),
  ]
  for (const group of user.groups) {
    drafts.push(
      draft('graph:removeGroupMember', `remove from group ${group.name ?? group.id}`, group.id, {
        user_id: user.uid,
        group_id: group.id,
      }),
    )
  }
  for (const assignment of user.app_role_assignments) {
    drafts.push(
      draft('graph:removeAppRoleAssignment', `remove app role assignment ${assignment}`, assignment, {
        user_id: user.uid,
        assignment_id: assignment,
      }),
    )
  }
  if (user.enabled)
    drafts.push(draft('graph:disableUser', 'disable sign-in', user.uid, { user_id: user.uid }))
  drafts.push(draft('graph:deleteUser', `delete user ${user.name}`, user.uid, { user_id: user.uid }))
  return drafts
}

/** One removal per project: a project's policy is read and written whole, so its roles go together. */
function bindingActions(
  operation: 'gcp:removeProjectBindings' | 'workspace:removeProjectBindings',
  bindings: readonly ProjectBinding[],
): ActionDraft[] {
  const rolesByProject = new Map<string, { member: string; roles: string[] }>()
  for (const binding of bindings) {
    const entry = rolesByProject.get(binding.project) ?? { member: binding.member, roles: [] }
    entry.roles.push(binding.role)
    rolesByProject.set(binding.project, entry)
  }
  const drafts: ActionDraft[] = []
  for (const [project, { member, roles }] of rolesByProject) {
    const sorted = [...roles].sort()
    drafts.push(
      draft(
        operation,
        `remove ${member} from ${sorted.join(', ')} in project ${project}`,
        `projects/${project}`,
        {
          project,
          member,
          roles: sorted.join(','),
        },
      ),
    )
  }
  return drafts
}

function serviceAccountActions(account: GcpServiceAccount): ActionDraft[] {
  const email = account.name
  const drafts: ActionDraft[] = []
  if (account.enabled)
    drafts.push(
      draft('gcp:disableServiceAccount', `disable service account ${email}`, email, {
        service_account: email,
      }),
    )
  for (const key of account.keys) {
    drafts.push(
      draft('gcp:deleteServiceAccountKey', `delete user-managed key ${key.split('/').pop()}`, key, {
        service_account: email,
        key,
      }),
    )
  }
  drafts.push(...bindingActions('gcp:removeProjectBindings', account.bindings))
  drafts.push(
    draft('gcp:deleteServiceAccount', `delete service account ${email}`, email, { service_account: email }),
  )
  return drafts
}

function workspaceActions(user: WorkspaceUser): ActionDraft[] {
  const drafts: ActionDraft[] = []
  if (user.enabled)
    drafts.push(draft('workspace:suspendUser', `suspend ${user.name}`, user.uid, { user_key: user.uid }))
  drafts.push(...bindingActions('workspace:removeProjectBindings', user.bindings))
  drafts.push(draft('workspace:deleteUser', `delete ${user.name}`, user.uid, { user_key: user.uid }))
  return drafts
}

function draftsFor(identity: Identity, terminationDate: string): ActionDraft[] {
  switch (identity.provider) {
    case 'aws':
      return awsActions(identity, terminationDate)
    case 'entra':
      return entraActions(identity)
    case 'gcp':
      return serviceAccountActions(identity)
    case 'workspace':
      return workspaceActions(identity)
  }
}

/** The actions that remove the identity, numbered in run order, each with a stable id. */
export function actionsFor(identity: Identity, terminationDate: string): PlanAction[] {
  return draftsFor(identity, terminationDate).map((action, index) => ({
    id: stableUid(identityKey(identity), action.operation, action.target),
    step: index + 1,
    ...action,
  }))
}

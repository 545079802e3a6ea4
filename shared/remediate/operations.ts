/**
 * Every write remediation can make, as data: the API call, the permission it needs, the service that
 * serves it, and the OCSF Account Change activity its audit rows carry. Plans name operations by id;
 * apply runs nothing that is not in this table.
 */
import type { Provider } from './identity.ts'

export interface Operation {
  readonly provider: Provider
  /** The API call as the provider's reference names it. */
  readonly api: string
  /** The exact permission (IAM action, Graph permission, GCP permission or OAuth scope) it needs. */
  readonly permission: string
  readonly service: string
  /** Account Change (3001) activity: 5 Disable, 6 Delete, 8 Detach Policy, 11 MFA Factor Disable, 99 Other. */
  readonly activityId: 5 | 6 | 8 | 11 | 99
}

const IAM = 'iam.amazonaws.com'
const GRAPH = 'graph.microsoft.com'

export const OPERATIONS = {
  'iam:UpdateAccessKey': {
    provider: 'aws',
    api: 'UpdateAccessKey',
    permission: 'iam:UpdateAccessKey',
    service: IAM,
    activityId: 99,
  },
  'iam:DeleteAccessKey': {
    provider: 'aws',
    api: 'DeleteAccessKey',
    permission: 'iam:DeleteAccessKey',
    service: IAM,
    activityId: 99,
  },
  'iam:DeleteLoginProfile': {
    provider: 'aws',
    api: 'DeleteLoginProfile',
    permission: 'iam:DeleteLoginProfile',
    service: IAM,
    activityId: 99,
  },
  'iam:RemoveUserFromGroup': {
    provider: 'aws',
    api: 'RemoveUserFromGroup',
    permission: 'iam:RemoveUserFromGroup',
    service: IAM,
    activityId: 8,
  },
  'iam:DetachUserPolicy': {
    provider: 'aws',
    api: 'DetachUserPolicy',
    permission: 'iam:DetachUserPolicy',
    service: IAM,
    activityId: 8,
  },
  'iam:DeleteUserPolicy': {
    provider: 'aws',
    api: 'DeleteUserPolicy',
    permission: 'iam:DeleteUserPolicy',
    service: IAM,
    activityId: 8,
  },
  'iam:DeactivateMFADevice': {
    provider: 'aws',
    api: 'DeactivateMFADevice',
    permission: 'iam:DeactivateMFADevice',
    service: IAM,
    activityId: 11,
  },
  'iam:DeleteVirtualMFADevice': {
    provider: 'aws',
    api: 'DeleteVirtualMFADevice',
    permission: 'iam:DeleteVirtualMFADevice',
    service: IAM,
    activityId: 11,
  },
  'iam:DeleteSigningCertificate': {
    provider: 'aws',
    api: 'DeleteSigningCertificate',
    permission: 'iam:DeleteSigningCertificate',
    service: IAM,
    activityId: 99,
  },
  'iam:DeleteSSHPublicKey': {
    provider: 'aws',
    api: 'DeleteSSHPublicKey',
    permission: 'iam:DeleteSSHPublicKey',
    service: IAM,
    activityId: 99,
  },
  'iam:DeleteServiceSpecificCredential': {
    provider: 'aws',
    api: 'DeleteServiceSpecificCredential',
    permission: 'iam:DeleteServiceSpecificCredential',
    service: IAM,
    activityId: 99,
  },
  'iam:TagUser': { provider: 'aws', api: 'TagUser', permission: 'iam:TagUser', service: IAM, activityId: 99 },
  'iam:DeleteUser': {
    provider: 'aws',
    api: 'DeleteUser',
    permission: 'iam:DeleteUser',
    service: IAM,
    activityId: 6,
  },
  'graph:revokeSignInSessions': {
    provider: 'entra',
    api: 'POST /users/{id}/revokeSignInSessions',
    permission: 'User.RevokeSessions.All',
    service: GRAPH,
    activityId: 99,
  },
  'graph:removeGroupMember': {
    provider: 'entra',
    api: 'DELETE /groups/{id}/members/{id}/$ref',
    permission: 'GroupMember.ReadWrite.All',
    service: GRAPH,
    activityId: 8,
  },
  'graph:removeAppRoleAssignment': {
    provider: 'entra',
    api: 'DELETE /users/{id}/appRoleAssignments/{id}',
    permission: 'AppRoleAssignment.ReadWrite.All',
    service: GRAPH,
    activityId: 8,
  },
  'graph:disableUser': {
    provider: 'entra',
    api: 'PATCH /users/{id} accountEnabled=false',
    permission: 'User.EnableDisableAccount.All',
    service: GRAPH,
    activityId: 5,
  },
  'graph:deleteUser': {
    provider: 'entra',
    api: 'DELETE /users/{id}',
    permission: 'User.ReadWrite.All',
    service: GRAPH,
    activityId: 6,
  },
  'gcp:disableServiceAccount': {
    provider: 'gcp',
    api: 'projects.serviceAccounts.disable',
    permission: 'iam.serviceAccounts.disable',
    service: 'iam.googleapis.com',
    activityId: 5,
  },
  'gcp:deleteServiceAccountKey': {
    provider: 'gcp',
    api: 'projects.serviceAccounts.keys.delete',
    permission: 'iam.serviceAccountKeys.delete',
    service: 'iam.googleapis.com',
    activityId: 99,
  },
  'gcp:removeProjectBindings': {
    provider: 'gcp',
    api: 'projects.getIamPolicy, projects.setIamPolicy',
    permission: 'resourcemanager.projects.setIamPolicy',
    service: 'cloudresourcemanager.googleapis.com',
    activityId: 8,
  },
  'gcp:deleteServiceAccount': {
    provider: 'gcp',
    api: 'projects.serviceAccounts.delete',
    permission: 'iam.serviceAccounts.delete',
    service: 'iam.googleapis.com',
    activityId: 6,
  },
  'workspace:suspendUser': {
    provider: 'workspace',
    api: 'users.update suspended=true',
    permission: 'https://www.googleapis.com/auth/admin.directory.user',
    service: 'admin.googleapis.com',
    activityId: 5,
  },
  'workspace:removeProjectBindings': {
    provider: 'workspace',
    api: 'projects.getIamPolicy, projects.setIamPolicy',
    permission: 'resourcemanager.projects.setIamPolicy',
    service: 'cloudresourcemanager.googleapis.com',
    activityId: 8,
  },
  'workspace:deleteUser': {
    provider: 'workspace',
    api: 'users.delete',
    permission: 'https://www.googleapis.com/auth/admin.directory.user',
    service: 'admin.googleapis.com',
    activityId: 6,
  },
} as const satisfies Record<string, Operation>

export type OperationId = keyof typeof OPERATIONS
export const OPERATION_IDS = Object.keys(OPERATIONS) as [OperationId, ...OperationId[]]

export function operationOf(id: OperationId): Operation {
  return OPERATIONS[id]
}

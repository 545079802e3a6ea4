/**
 * CloudTrail eventName to OCSF API Activity activity_id. AWS names its API actions verb first
 * (CreateUser, DescribeInstances, PutBucketPolicy), so the leading verb is the table's key; CloudTrail's
 * own readOnly flag is the stronger signal and overrides it (see operationActivity). A verb missing here
 * is Other: guessing would put writes among reads.
 */
export type OperationActivity = 1 | 2 | 3 | 4 | 99

export const VERB_ACTIVITY: Readonly<Record<string, OperationActivity>> = {
  // Create: the call brings a new resource into being.
  Create: 1,
  Run: 1, // RunInstances launches instances
  Allocate: 1, // AllocateAddress, AllocateHosts
  Import: 1, // ImportKeyPair, ImportImage
  Copy: 1, // CopySnapshot, CopyImage: a new snapshot or image, possibly in another Region
  Register: 1, // RegisterImage, RegisterTaskDefinition
  Request: 1, // RequestCertificate, RequestSpotInstances
  Upload: 1, // UploadServerCertificate, UploadSSHPublicKey
  Restore: 1, // RestoreDBInstanceFromDBSnapshot: a new instance from a snapshot
  // Read: the call returns state and changes none.
  Get: 2,
  List: 2,
  Describe: 2,
  Lookup: 2,
  Head: 2,
  Search: 2,
  Select: 2,
  Scan: 2,
  Query: 2,
  Download: 2, // DownloadDBLogFilePortion
  View: 2,
  Filter: 2, // FilterLogEvents
  Retrieve: 2,
  // Update: the call changes an existing resource, its policy, its membership or its state.
  Update: 3,
  Modify: 3,
  Put: 3, // create-or-replace of a setting (PutBucketPolicy, PutUserPolicy); the resource itself exists
  Set: 3,
  Change: 3,
  Replace: 3,
  Reset: 3,
  Attach: 3, // AttachUserPolicy, AttachRolePolicy: a policy attached to an identity
  Detach: 3,
  Associate: 3,
  Disassociate: 3,
  Add: 3, // AddUserToGroup: a membership change
  Remove: 3, // RemoveUserFromGroup, RemoveRoleFromInstanceProfile: a membership change, not a deletion
  Enable: 3,
  Disable: 3,
  Deactivate: 3, // DeactivateMFADevice: the device stays, no longer usable
  Start: 3,
  Stop: 3, // StopLogging stops a trail that still exists
  Reboot: 3,
  Tag: 3,
  Untag: 3,
  Authorize: 3, // AuthorizeSecurityGroupIngress: a rule added to a security group
  Revoke: 3,
  Apply: 3,
  Accept: 3,
  Reject: 3,
  Cancel: 3,
  Schedule: 3, // ScheduleKeyDeletion: the key moves to PendingDeletion and can still be restored
  Rotate: 3,
  Upgrade: 3,
  Resume: 3,
  Suspend: 3,
  Promote: 3,
  Failover: 3,
  Leave: 3, // LeaveOrganization: the account's organization membership changes
  // Delete: the call removes a resource.
  Delete: 4,
  Terminate: 4, // TerminateInstances
  Deregister: 4, // DeregisterImage
  Release: 4, // ReleaseAddress, ReleaseHosts
  Purge: 4,
  Destroy: 4,
}

/**
 * Sign-in and credential issuance neither read nor change a resource, whatever readOnly says
 * (CloudTrail logs AssumeRole with readOnly true): they are Other, and detectors key on api.operation.
 */
export const SIGN_IN_OPERATIONS: ReadonlySet<string> = new Set([
  'ConsoleLogin',
  'CheckMfa',
  'SwitchRole',
  'ExitRole',
  'RenewRole',
  'ExternalIdPDirectoryLogin',
  'CredentialChallenge',
  'CredentialVerification',
  'UserAuthentication',
  'Federate',
  'Authenticate',
  'AssumeRole',
  'AssumeRoleWithSAML',
  'AssumeRoleWithWebIdentity',
  'AssumeRoot',
  'GetSessionToken',
  'GetFederationToken',
  'GetRoleCredentials',
])

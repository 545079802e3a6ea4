/** What the remediation skills share: identities and where to read them, plans, approvals, the audit chain, retries and drift. */
export { actionsFor } from './actions.ts'
export { Approval, checkApproval, parseApproval } from './approval.ts'
export {
  type ChainBreak,
  type ChainHead,
  type ChainLink,
  ChainVerifier,
  chainIdOf,
  GENESIS_HASH,
  linkOf,
  rowHash,
  sealRow,
} from './audit-chain.ts'
export { AuditLog, verifyAuditText } from './audit-log.ts'
export { type AwsClientConfig, type AwsCredentials, sdkOptions } from './aws-config.ts'
export {
  type AwsAccountTarget,
  createAwsDirectory,
  DEFAULT_EMAIL_TAGS,
  DEFAULT_EMPLOYEE_ID_TAGS,
} from './aws-iam-directory.ts'
export { type Candidate, type IdentityDirectory, matchOf, type PersonKeys } from './directory.ts'
export { buildDriftFinding, DRIFT_ANALYTIC, type Drift, driftOf } from './drift.ts'
export { createEntraDirectory, GRAPH_URL } from './entra-directory.ts'
export {
  createServiceAccountDirectory,
  createWorkspaceDirectory,
  GOOGLE_ENDPOINTS,
  getProjectPolicy,
  type IamPolicy,
} from './google-directory.ts'
export {
  type AccessKey,
  type AwsIamUser,
  type EntraUser,
  type GcpServiceAccount,
  Identity,
  IdentityRef,
  identityKey,
  PROVIDERS,
  type ProjectBinding,
  type Provider,
  parseIamUserArn,
  refOf,
  type WorkspaceUser,
} from './identity.ts'
export { cloudOf, resourceOf, resourceTypeOf, userOf } from './identity-ocsf.ts'
export {
  addIdentitySourceOptions,
  addLiveOptions,
  awsTargets,
  GOOGLE_READ_SCOPES,
  googleClients,
  graphClient,
  type IdentitySourceOptions,
  type LiveOptions,
  liveDirectories,
  openDirectories,
} from './identity-sources.ts'
export { parseInventory, snapshotDirectories } from './inventory.ts'
export { assumedRoleCredentials, googleTokenSource, graphTokenSource } from './live-auth.ts'
export { OPERATIONS, type Operation, type OperationId, operationOf } from './operations.ts'
export {
  DepartureSummary,
  MalformedRecord,
  PLAN_KIND,
  Plan,
  PlanAction,
  PlanBody,
  PlannedIdentity,
  parsePlan,
  planDigest,
  renderPlan,
  SkippedDecision,
  sealPlan,
} from './plan.ts'
export { isProcessEntry } from './process-entry.ts'
export {
  BUILT_IN_PROTECTED_PATTERNS,
  ProtectedPrincipals,
  type ProtectionFacts,
  protectionFactsOf,
} from './protected-principals.ts'
export { isNoSuchEntity, readWithRetry } from './read-call.ts'
export { createDynamoDbAuditStore, createS3AuditStore, type RemoteAuditStore } from './remote-audit.ts'
export { RestClient, RestError, type TokenSource } from './rest-client.ts'
export { type CallResult, callWithRetry, DEFAULT_RETRY, isRetryable, type RetryPolicy } from './retry.ts'

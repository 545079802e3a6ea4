/**
 * The STS calls that hand the caller another identity's credentials, each with why it counts.
 * GetSessionToken and GetFederationToken are left out on purpose: AWS accepts them only with an IAM
 * user's long-term keys, never with the role session a workload runs as, and neither switches the caller
 * into a role; GetCallerIdentity and DecodeAuthorizationMessage issue nothing.
 */
export const ROLE_ASSUMPTION_OPERATIONS: ReadonlySet<string> = new Set([
  // Any principal into a role; called with a role session's credentials it is role chaining.
  'AssumeRole',
  // A workload's OIDC token (EKS service accounts, CI runners) exchanged for a role.
  'AssumeRoleWithWebIdentity',
  // A SAML assertion exchanged for a role; from a workload it means an assertion was replayed there.
  'AssumeRoleWithSAML',
])

/** Where STS calls are logged from: CloudTrail's eventSource, as the ingester keeps it in api.service.name. */
export const STS_SERVICE = 'sts.amazonaws.com'

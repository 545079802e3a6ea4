/**
 * CloudTrail userIdentity.type to OCSF user type_id. Only the kinds with an exact OCSF counterpart get a
 * normalised id, so each of those ids stands for one CloudTrail kind and nothing is lost. The others (a
 * role session, a federated or SAML user, another account) keep type_id 99 with CloudTrail's name in
 * `type`, because that kind is exactly what AWS detectors branch on and OCSF has no id for it.
 */
export interface UserType {
  readonly type_id: 0 | 1 | 2 | 4 | 99
  readonly type: string
}

export const IDENTITY_USER_TYPE: Readonly<Record<string, UserType>> = {
  Root: { type_id: 2, type: 'Admin' }, // the account's root user: every permission, not limited by IAM policies
  IAMUser: { type_id: 1, type: 'User' }, // a long-term IAM user
  AWSService: { type_id: 4, type: 'Service' }, // an AWS service acting in its own right
  Unknown: { type_id: 0, type: 'Unknown' }, // CloudTrail could not tell, e.g. some failed sign-ins
}

export const UNKNOWN_USER_TYPE: UserType = { type_id: 0, type: 'Unknown' }

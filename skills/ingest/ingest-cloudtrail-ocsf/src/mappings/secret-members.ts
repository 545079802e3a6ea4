/**
 * Request and response members that hold a credential or a secret value, matched by name at any depth
 * and in any letter case. CloudTrail leaves most of them out or writes HIDDEN_DUE_TO_SECURITY_REASONS,
 * but not all (the sessionToken of AssumeRole and GetSessionToken is logged in full), and exports and
 * hand-made logs can hold more. Their values become "[redacted]"; access key ids stay, because they are
 * identifiers that detectors follow from the call that issued a key to the calls that use it.
 */
export const SECRET_MEMBERS: ReadonlySet<string> = new Set([
  'secretaccesskey', // the secret half of a key: CreateAccessKey, AssumeRole*, GetSessionToken, GetFederationToken
  'sessiontoken', // the token of temporary credentials, usable with their key id until they expire
  'password', // CreateLoginProfile, UpdateLoginProfile
  'oldpassword', // ChangePassword
  'newpassword', // ChangePassword
  'masteruserpassword', // RDS CreateDBInstance, ModifyDBInstance
  'passworddata', // EC2 GetPasswordData: the Windows administrator password
  'secretstring', // Secrets Manager GetSecretValue, CreateSecret, PutSecretValue
  'secretbinary',
  'keymaterial', // EC2 CreateKeyPair: the private key
  'privatekey', // ACM ExportCertificate
  'plaintext', // KMS GenerateDataKey, Decrypt
  'accesstoken', // IAM Identity Center OIDC CreateToken
  'refreshtoken',
  'idtoken',
  'clientsecret', // IAM Identity Center OIDC RegisterClient, CreateToken
  'authorizationtoken', // ECR GetAuthorizationToken
])

export const REDACTED = '[redacted]'

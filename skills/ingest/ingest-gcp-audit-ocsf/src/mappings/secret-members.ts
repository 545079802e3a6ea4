/**
 * Request, response and service-data members that hold a credential, matched by name at any depth
 * (without case, `_` or `-`). Their values become "[redacted]"; key and account names stay, because
 * detectors follow them from the call that created a key to the calls that use it.
 */
export const SECRET_MEMBERS: ReadonlySet<string> = new Set([
  'privatekeydata', // iam CreateServiceAccountKey response: the whole key file, base64
  'privatekey', // a key file's private_key, wherever one is pasted
  'keystring', // API Keys CreateKey and GetKeyString: the API key itself
  'accesstoken', // iamcredentials GenerateAccessToken response
  'idtoken', // OAuth and OIDC responses
  'token', // iamcredentials GenerateIdToken response
  'signedjwt', // iamcredentials SignJwt response: a bearer credential for its audience
  'signedblob', // iamcredentials SignBlob response: signed URLs and assertions are built from it
  'refreshtoken',
  'clientsecret', // OAuth client and IAP brand secrets
  'secret', // IAP and identity-platform secrets
  'password', // Cloud SQL users.insert and users.update, rootPassword's siblings
  'rootpassword', // Cloud SQL instances.insert
  'sharedsecret', // Cloud VPN tunnels.insert
])

/** Kubernetes Secret members whose values are secret; GKE entries carry the submitted Secret as the request. */
export const KUBERNETES_SECRET_DATA: readonly string[] = ['data', 'stringData']

/**
 * Credentials for the live APIs, each the provider's standard way, loaded only when a live source is used:
 * a bearer token handed in through the environment (GRAPH_ACCESS_TOKEN from `az account get-access-token
 * --resource-type ms-graph`, GOOGLE_OAUTH_ACCESS_TOKEN from `gcloud auth print-access-token`), else the
 * Azure and Google default credential chains. AWS cross-account access assumes a role through STS.
 */
import type { AwsClientConfig, AwsCredentials } from './aws-config.ts'
import { sdkOptions } from './aws-config.ts'
import type { TokenSource } from './rest-client.ts'

export const GRAPH_SCOPE = 'https://graph.microsoft.com/.default'

/** Renews a token a minute before it expires; a token from the environment is used as given. */
function cached(fetchToken: () => Promise<{ token: string; expiresAt?: number }>): TokenSource {
  let current: { token: string; expiresAt?: number } | undefined
  return async () => {
    if (
      current === undefined ||
      (current.expiresAt !== undefined && current.expiresAt - 60_000 < Date.now())
    ) {
      current = await fetchToken()
    }
    return current.token
  }
}

export function graphTokenSource(env: NodeJS.ProcessEnv = process.env): TokenSource {
  const given = env.GRAPH_ACCESS_TOKEN
  if (given !== undefined && given.length > 0) return async () => given
  return cached(async () => {
    const { DefaultAzureCredential } = await import('@azure/identity')
    const token = await new DefaultAzureCredential().getToken(GRAPH_SCOPE)
    return { token: token.token, expiresAt: token.expiresOnTimestamp }
  })
}

/** `subject` is the Workspace administrator a service account acts for (domain-wide delegation). */
export function googleTokenSource(
  scopes: readonly string[],
  subject?: string,
  env: NodeJS.ProcessEnv = process.env,
): TokenSource {
  const given = env.GOOGLE_OAUTH_ACCESS_TOKEN
  if (given !== undefined && given.length > 0) return async () => given
  return cached(async () => {
    const { GoogleAuth } = await import('google-auth-library')
    const auth = new GoogleAuth({
      scopes: [...scopes],
      clientOptions: subject === undefined ? undefined : { subject },
    })
    const client = await auth.getClient()
    const token = await client.getAccessToken()
    if (typeof token.token !== 'string') throw new Error('Google credentials returned no access token')
    const expiry = (client.credentials as { expiry_date?: number | null }).expiry_date
    return { token: token.token, expiresAt: typeof expiry === 'number' ? expiry : undefined }
  })
}

/** Credentials of a role assumed through STS, renewed before they expire. */
export function assumedRoleCredentials(
  roleArn: string,
  sessionName: string,
  sts: AwsClientConfig,
): () => Promise<AwsCredentials> {
  let current: AwsCredentials | undefined
  return async () => {
    if (current?.expiration !== undefined && current.expiration.getTime() - 5 * 60_000 > Date.now())
      return current
    const { AssumeRoleCommand, STSClient } = await import('@aws-sdk/client-sts')
    const client = new STSClient({ ...sdkOptions(sts), maxAttempts: 3 })
    const result = await client.send(
      new AssumeRoleCommand({ RoleArn: roleArn, RoleSessionName: sessionName, DurationSeconds: 3600 }),
    )
    const credentials = result.Credentials
    if (credentials?.AccessKeyId === undefined || credentials.SecretAccessKey === undefined) {
      throw new Error(`sts:AssumeRole ${roleArn} returned no credentials`)
    }
    current = {
      accessKeyId: credentials.AccessKeyId,
      secretAccessKey: credentials.SecretAccessKey,
      sessionToken: credentials.SessionToken,
      expiration: credentials.Expiration,
    }
    return current
  }
}

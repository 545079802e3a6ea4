/** How a remediation skill reaches an AWS service: region, an optional endpoint, optional explicit credentials. */

export interface AwsCredentials {
  readonly accessKeyId: string
  readonly secretAccessKey: string
  readonly sessionToken?: string
  readonly expiration?: Date
}

export interface AwsClientConfig {
  readonly region?: string
  /** A service endpoint other than AWS's own (a VPC endpoint, a local test server). */
  readonly endpoint?: string
  /** Explicit credentials, or a provider of them; absent means the SDK's default chain. */
  readonly credentials?: AwsCredentials | (() => Promise<AwsCredentials>)
}

/**
 * The SDK client options. IAM is a global service answered in us-east-1 when no region is set; retries
 * are ours (shared/remediate/retry.ts), so the SDK makes one attempt per call.
 */
export function sdkOptions(config: AwsClientConfig) {
  return {
    region: config.region ?? process.env.AWS_REGION ?? 'us-east-1',
    endpoint: config.endpoint,
    credentials: config.credentials,
    maxAttempts: 1,
  }
}

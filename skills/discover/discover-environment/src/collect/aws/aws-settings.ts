/** How the AWS clients are built: the credential profile, the retry budget, the regions and, for emulators, one endpoint. */

export const AWS_CREDENTIALS_HINT =
  'the AWS SDK credential chain: AWS_* environment variables, a shared config or SSO profile (--profile, AWS_PROFILE), or an instance or container role'

export interface AwsSettings {
  /** A named profile of the shared AWS config; else the SDK's default credential chain. */
  readonly profile?: string
  /** Send every call here (an AWS emulator, or a test's loopback server) instead of AWS; S3 then uses path-style addressing. */
  readonly endpoint?: string
  /** Attempts per call, including the SDK's retries of throttling and transient errors. */
  readonly maxAttempts: number
  /** Where account-wide calls go (STS, IAM, S3's bucket list, DescribeRegions). */
  readonly homeRegion: string
  /** --region: read only these regions; else every region enabled for the account. */
  readonly regions?: readonly string[]
}

export function clientConfig(settings: AwsSettings, region: string) {
  return { region, profile: settings.profile, endpoint: settings.endpoint, maxAttempts: settings.maxAttempts }
}

export function s3Config(settings: AwsSettings, region: string) {
  return {
    ...clientConfig(settings, region),
    forcePathStyle: settings.endpoint !== undefined,
    followRegionRedirects: true,
  }
}

/** The account a collection describes, from the caller's identity. */
export interface AwsAccount {
  readonly accountId: string
  readonly partition: string
}

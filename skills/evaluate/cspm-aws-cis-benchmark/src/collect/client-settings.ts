/** How the collector's SDK clients are built: the region, the retry budget and, for emulators, one endpoint. */

export interface ClientSettings {
  /** A named profile of the shared AWS config; else the SDK's default credential chain. */
  readonly profile?: string
  /**
   * Send every call to this endpoint (an AWS emulator, or a test's loopback server) instead of AWS's.
   * S3 then uses path-style addressing, and S3 Control calls go to it unchanged (see s3ControlConfig).
   */
  readonly endpoint?: string
  /** Attempts per call, including the SDK's retries of throttling and transient errors. */
  readonly maxAttempts: number
}

export function clientConfig(settings: ClientSettings, region: string) {
  return { region, profile: settings.profile, endpoint: settings.endpoint, maxAttempts: settings.maxAttempts }
}

export function s3Config(settings: ClientSettings, region: string, followRegionRedirects: boolean) {
  return {
    ...clientConfig(settings, region),
    forcePathStyle: settings.endpoint !== undefined,
    followRegionRedirects,
  }
}

/**
 * S3 Control puts the account id in front of the host ({AccountId}.s3-control.<region>.amazonaws.com), and
 * its endpoint rules do the same to a custom endpoint, which for an address such as 127.0.0.1 is no host at
 * all. With a custom endpoint, calls go to it as given; the account id still travels in x-amz-account-id.
 */
export function s3ControlConfig(settings: ClientSettings, region: string) {
  const { endpoint } = settings
  if (endpoint === undefined) return clientConfig(settings, region)
  return {
    region,
    profile: settings.profile,
    maxAttempts: settings.maxAttempts,
    endpointProvider: () => ({ url: new URL(endpoint) }),
  }
}

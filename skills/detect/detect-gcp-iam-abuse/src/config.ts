/** The detector's settings, from its command-line options. */
export interface IamAbuseConfig {
  /**
   * The organisation's own domains, lower-cased: a member of any other domain is external. When none are
   * given, a user caller's own domain is taken as internal.
   */
  readonly internalDomains: ReadonlySet<string>
}

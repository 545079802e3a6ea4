/**
 * Remote administration ports, which get techniques of their own (remote services) instead of the
 * generic exploit-a-public-service one: SSH on 22 and RDP on 3389, their IANA assignments.
 */
export const SSH_PORT = 22
export const RDP_PORT = 3389

/**
 * Sources that mean "anyone": IPv4 and IPv6 default routes, and the tags Azure network security groups
 * use for every address (`*`, `Any`, `Internet`).
 */
export const INTERNET_SOURCES: ReadonlySet<string> = new Set(['0.0.0.0/0', '::/0', '*', 'any', 'internet'])

export function isInternetSource(source: string): boolean {
  return INTERNET_SOURCES.has(source.trim().toLowerCase())
}

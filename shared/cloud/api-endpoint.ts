/**
 * The --api-endpoint option of live readers: another endpoint than the provider's public one (a private or
 * sovereign-cloud endpoint, or a local server in tests). Only https, or plain http to this machine, so a
 * bearer token never crosses a network in clear.
 */
import { InvalidArgumentError } from 'commander'

const LOOPBACK_HOSTS: ReadonlySet<string> = new Set(['localhost', '127.0.0.1', '[::1]'])

/** Parses the option value: the URL's origin (and path, if any) without a trailing slash. */
export function apiEndpointOption(value: string): string {
  let url: URL
  try {
    url = new URL(value)
  } catch {
    throw new InvalidArgumentError('expected a URL such as https://logging.googleapis.com')
  }
  const isLoopbackHttp = url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname)
  if (url.protocol !== 'https:' && !isLoopbackHttp) {
    throw new InvalidArgumentError('expected an https:// URL (http:// only for localhost)')
  }
  if (url.search !== '' || url.hash !== '') throw new InvalidArgumentError('expected a URL without ? or #')
  return `${url.origin}${url.pathname}`.replace(/\/+$/, '')
}

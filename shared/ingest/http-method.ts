/** The HTTP method a cloud audit log records for a call, as OCSF http_request.http_method names it. */
import type { HttpRequest } from '../ocsf/index.ts'

/** The methods a cloud API is called with; any other value a log holds is left out rather than guessed. */
const HTTP_METHODS: ReadonlySet<string> = new Set([
  'DELETE',
  'GET',
  'HEAD',
  'OPTIONS',
  'PATCH',
  'POST',
  'PUT',
])

/** The logged method in any case, or undefined when it is none of HTTP_METHODS. */
export function httpMethodOf(logged: string | undefined): HttpRequest['http_method'] | undefined {
  const method = logged?.toUpperCase()
  return method !== undefined && HTTP_METHODS.has(method) ? (method as HttpRequest['http_method']) : undefined
}

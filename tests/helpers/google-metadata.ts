/**
 * The Compute Engine metadata server as application default credentials see it, for loopback servers that
 * play Google APIs: GCE_METADATA_HOST points the credentials at the test's server, which hands out a fixed
 * access token and, as the real one, answers only requests that carry Metadata-Flavor: Google.
 */
import { mkdtempSync } from 'node:fs'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export const GOOGLE_ACCESS_TOKEN = 'ya29.loopback-test-token'

export function isMetadataRequest(request: IncomingMessage): boolean {
  return (request.url ?? '').startsWith('/computeMetadata/')
}

function reply(response: ServerResponse, status: number, body: unknown): void {
  const payload = typeof body === 'string' ? body : JSON.stringify(body)
  response.writeHead(status, {
    'metadata-flavor': 'Google',
    'content-type': typeof body === 'string' ? 'application/text' : 'application/json',
    'content-length': Buffer.byteLength(payload),
  })
  response.end(payload)
}

/** Answers a metadata request, counting the tokens handed out in `counter`. */
export function answerMetadata(
  request: IncomingMessage,
  response: ServerResponse,
  counter: { tokenRequests: number },
): void {
  if (request.headers['metadata-flavor'] !== 'Google') {
    reply(response, 403, 'Missing Metadata-Flavor header')
    return
  }
  const path = (request.url ?? '').split('?')[0]
  if (path === '/computeMetadata/v1/instance/service-accounts/default/token') {
    counter.tokenRequests += 1
    reply(response, 200, { access_token: GOOGLE_ACCESS_TOKEN, expires_in: 3599, token_type: 'Bearer' })
  } else if (path === '/computeMetadata/v1/instance' || path === '/computeMetadata/v1/instance/') {
    reply(response, 200, {})
  } else {
    reply(response, 404, 'Not Found')
  }
}

/**
 * An environment where application default credentials can only come from the given metadata server, or
 * from nowhere when none is given: a fresh HOME and gcloud config, and metadata detection off.
 */
export function googleEnvironment(metadataHost?: string): NodeJS.ProcessEnv {
  const home = mkdtempSync(join(tmpdir(), 'google-home-'))
  const environment: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: home,
    CLOUDSDK_CONFIG: join(home, 'gcloud'),
  }
  if (metadataHost === undefined) environment.METADATA_SERVER_DETECTION = 'none'
  else environment.GCE_METADATA_HOST = metadataHost
  return environment
}

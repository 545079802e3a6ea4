/**
 * Reads a serving config document (an `endpoints` list, with optional `defaults` every endpoint inherits)
 * into endpoints. Each endpoint entry is one record: one that does not match the schema is skipped with the
 * reason and its line, and the others are still evaluated.
 */
import { asArray, asObject, type JsonObject } from '#shared/json/index.ts'
import type { ConfigDocument } from '#shared/posture/config-documents.ts'
import type { Endpoint } from '../endpoint.ts'
import {
  authenticationOf,
  authorizationOf,
  containersOf,
  contentSafetyOf,
  exposureOf,
  memorisationOf,
  modelOf,
  outputFilterOf,
  promptInjectionOf,
  rateLimitOf,
  requestLimitsOf,
  requestLoggingOf,
  transportOf,
} from './config-facts.ts'
import { literalCredentialsOf } from './literal-credentials.ts'
import { EndpointSettings, withSnakeCaseKeys } from './serving-config-schema.ts'
import { settingLinesOf } from './setting-lines.ts'

export type EndpointEntry =
  | { readonly kind: 'endpoint'; readonly endpoint: Endpoint }
  | { readonly kind: 'invalid'; readonly line: number; readonly reason: string }

/** A document is a serving config when it holds an `endpoints` list. */
export function isServingConfig(value: unknown): boolean {
  return asArray(asObject(value)?.endpoints) !== undefined
}

/** Objects merge key by key; anything else (lists included) is replaced by the endpoint's own value. */
function mergeSettings(defaults: JsonObject, own: JsonObject): JsonObject {
  const merged: JsonObject = { ...defaults }
  for (const [key, value] of Object.entries(own)) {
    const base = asObject(merged[key])
    const override = asObject(value)
    merged[key] = base !== undefined && override !== undefined ? mergeSettings(base, override) : value
  }
  return merged
}

function endpointOf(
  settings: EndpointSettings,
  document: ConfigDocument,
  index: number,
  file: string,
): Endpoint {
  const lines = settingLinesOf(document, index)
  const authentication = authenticationOf(settings, lines)
  const uid = `${file}#endpoints/${settings.name}`
  return {
    name: settings.name,
    form: 'serving config',
    resource: { uid, name: settings.name, type: 'Inference endpoint' },
    file,
    line: document.lineAt(['endpoints', index]) ?? document.line,
    authentication,
    literalCredentials: literalCredentialsOf(settings, lines),
    authorization: authorizationOf(settings, authentication, lines),
    rateLimit: rateLimitOf(settings, lines),
    requestLimits: requestLimitsOf(settings, lines),
    outputFilter: outputFilterOf(settings, lines),
    memorisation: memorisationOf(settings, lines),
    requestLogging: requestLoggingOf(settings, lines),
    containers: containersOf(settings, lines),
    transport: transportOf(settings, lines),
    exposure: exposureOf(settings, lines),
    promptInjection: promptInjectionOf(settings, lines),
    contentSafety: contentSafetyOf(settings, lines),
    model: modelOf(settings, lines),
  }
}

export function readServingConfig(document: ConfigDocument, file: string): EndpointEntry[] {
  const config = asObject(withSnakeCaseKeys(document.value)) ?? {}
  const defaults = asObject(config.defaults) ?? {}
  const entries: EndpointEntry[] = []
  for (const [index, item] of (asArray(config.endpoints) ?? []).entries()) {
    const line = document.lineAt(['endpoints', index]) ?? document.line
    const own = asObject(item)
    if (own === undefined) {
      entries.push({ kind: 'invalid', line, reason: 'an endpoint must be a map' })
      continue
    }
    const parsed = EndpointSettings.safeParse(mergeSettings(defaults, own))
    if (!parsed.success) {
      const issue = parsed.error.issues[0]
      entries.push({
        kind: 'invalid',
        line,
        reason: `${issue?.path.join('.') || 'endpoint'}: ${issue?.message ?? ''}`,
      })
      continue
    }
    entries.push({ kind: 'endpoint', endpoint: endpointOf(parsed.data, document, index, file) })
  }
  return entries
}

/**
 * The serving config file: the gateway's view of each inference endpoint, as SKILL.md documents it. Keys are
 * snake_case (camelCase is read the same); unknown keys are allowed, so a gateway's own config with extra
 * settings still reads. A setting left out means the gateway does not do it, except where SKILL.md says.
 */
import * as z from '#shared/json/zod.ts'

const Count = z.number().nonnegative()

/** A guardrail switch: `true`, or an object saying which provider does it and what it does with a hit. */
const Guard = z.union([
  z.boolean(),
  z.looseObject({
    enabled: z.boolean().optional(),
    provider: z.string().optional(),
    action: z.string().optional(),
  }),
])

const SafetyGuard = z.union([
  z.boolean(),
  z.looseObject({
    enabled: z.boolean().optional(),
    provider: z.string().optional(),
    input: z.boolean().optional(),
    output: z.boolean().optional(),
  }),
])

const Switch = z.union([z.boolean(), z.looseObject({ enabled: z.boolean().optional() })])

export const EndpointSettings = z.looseObject({
  name: z.string().min(1),
  url: z.string().optional(),
  exposure: z.string().optional(),
  allowed_cidrs: z.array(z.string()).optional(),
  model: z
    .looseObject({
      name: z.string().optional(),
      version: z.union([z.string(), z.number()]).optional(),
      digest: z.string().optional(),
      revision: z.string().optional(),
      source: z.string().optional(),
    })
    .optional(),
  auth: z
    .looseObject({
      type: z.string().optional(),
      enabled: z.boolean().optional(),
      api_keys: z.array(z.string()).optional(),
      api_key: z.string().optional(),
    })
    .optional(),
  authorization: z
    .looseObject({
      type: z.string().optional(),
      enabled: z.boolean().optional(),
      roles: z.array(z.unknown()).optional(),
      policies: z.array(z.unknown()).optional(),
      scopes: z.array(z.unknown()).optional(),
      default_allow: z.boolean().optional(),
    })
    .optional(),
  rate_limit: z
    .looseObject({
      enabled: z.boolean().optional(),
      requests_per_second: Count.optional(),
      requests_per_minute: Count.optional(),
      requests_per_hour: Count.optional(),
      requests_per_day: Count.optional(),
      tokens_per_minute: Count.optional(),
      tokens_per_day: Count.optional(),
      concurrent_requests: Count.optional(),
      per: z.string().optional(),
    })
    .optional(),
  limits: z
    .looseObject({
      max_input_tokens: Count.optional(),
      max_prompt_tokens: Count.optional(),
      max_input_length: Count.optional(),
      max_request_bytes: Count.optional(),
      max_output_tokens: Count.optional(),
      max_tokens: Count.optional(),
      max_completion_tokens: Count.optional(),
      max_total_tokens: Count.optional(),
    })
    .optional(),
  guardrails: z
    .looseObject({
      prompt_injection: Guard.optional(),
      content_safety: SafetyGuard.optional(),
      moderation: SafetyGuard.optional(),
      output_filter: Guard.optional(),
      memorization: Guard.optional(),
      memorisation: Guard.optional(),
    })
    .optional(),
  output: z
    .looseObject({
      logprobs: z.boolean().optional(),
      max_logprobs: Count.optional(),
    })
    .optional(),
  logging: z
    .looseObject({
      enabled: z.boolean().optional(),
      log_prompts: z.boolean().optional(),
      log_requests: z.boolean().optional(),
      log_responses: z.boolean().optional(),
      pii_redaction: Switch.optional(),
    })
    .optional(),
  tls: z
    .looseObject({
      enabled: z.boolean().optional(),
      // `min_version: 1.2` is a YAML number: read it either way.
      min_version: z.union([z.string(), z.number()]).optional(),
    })
    .optional(),
  container: z
    .looseObject({
      name: z.string().optional(),
      image: z.string().optional(),
      privileged: z.boolean().optional(),
      read_only_root_filesystem: z.boolean().optional(),
      run_as_non_root: z.boolean().optional(),
      run_as_user: z.number().int().optional(),
      user: z.union([z.string(), z.number()]).optional(),
    })
    .optional(),
  environment: z.record(z.string(), z.unknown()).optional(),
})

export type EndpointSettings = z.infer<typeof EndpointSettings>

/** Maps whose keys are the user's own names (environment variables, headers): left as written. */
const VERBATIM_KEYS = new Set(['environment', 'headers'])

/** `maxInputTokens` -> `max_input_tokens`; snake_case and other keys are left alone. */
export function snakeCaseOf(key: string): string {
  return /^[a-z][a-zA-Z0-9]*$/.test(key) ? key.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`) : key
}

/** `max_input_tokens` -> `maxInputTokens`: the spelling a line lookup tries second. */
export function camelCaseOf(key: string): string {
  return key.replace(/_([a-z0-9])/g, (_match, letter: string) => letter.toUpperCase())
}

/** The value with every key in snake_case, so camelCase configs validate and read the same. */
export function withSnakeCaseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withSnakeCaseKeys)
  if (typeof value !== 'object' || value === null) return value
  const result: Record<string, unknown> = {}
  for (const [key, item] of Object.entries(value)) {
    const name = snakeCaseOf(key)
    result[name] = VERBATIM_KEYS.has(name) ? item : withSnakeCaseKeys(item)
  }
  return result
}

/**
 * What a serving config endpoint says about each control's subject, with the line that says it. A block
 * left out means the gateway does not do it (SKILL.md documents each default); where the config cannot
 * tell (request logging left out, who can reach an endpoint with no exposure and a public-looking host)
 * the fact is unknown.
 */
import { type Evidence, known, notApplicable, unknown } from '#shared/posture/index.ts'
import type {
  Authentication,
  Authorization,
  ContainerSettings,
  ContentSafety,
  Exposure,
  Guardrail,
  MemorisationGuard,
  ModelIdentity,
  RateLimit,
  RequestLimits,
  RequestLogging,
  Transport,
} from '../endpoint.ts'
import type { EndpointSettings } from './serving-config-schema.ts'
import type { SettingLines } from './setting-lines.ts'

/** Auth types that mean no authentication at all. */
const NO_AUTH_TYPES = new Set(['none', 'anonymous', 'disabled', 'off'])

export function authenticationOf(settings: EndpointSettings, lines: SettingLines): Evidence<Authentication> {
  const { auth } = settings
  if (auth === undefined) return known({ required: false, how: 'the endpoint has no auth block' })
  const line = lines('auth')
  if (auth.enabled === false)
    return known({ required: false, how: 'auth.enabled is false' }, lines('auth', 'enabled'))
  const type = auth.type?.toLowerCase()
  if (type !== undefined && NO_AUTH_TYPES.has(type))
    return known({ required: false, how: `auth.type is ${auth.type}` }, lines('auth', 'type'))
  if (type !== undefined)
    return known({ required: true, how: `auth.type ${auth.type}` }, lines('auth', 'type'))
  if (auth.api_keys !== undefined || auth.api_key !== undefined)
    return known({ required: true, how: 'API keys (auth.api_keys)' }, line)
  if (auth.enabled === true) return known({ required: true, how: 'auth.enabled is true' }, line)
  return known({ required: false, how: 'the auth block names no type' }, line)
}

/** Authorisation types that decide per caller. */
const PER_CALLER_TYPES = new Set(['rbac', 'abac', 'scopes', 'opa', 'acl', 'policy'])

export function authorizationOf(
  settings: EndpointSettings,
  authentication: Evidence<Authentication>,
  lines: SettingLines,
): Evidence<Authorization> {
  if (authentication.state === 'known' && !authentication.value.required)
    return known(
      { perCaller: false, how: 'without authentication there is no caller to authorise' },
      authentication.line,
    )
  const { authorization } = settings
  if (authorization === undefined)
    return known({
      perCaller: false,
      how: 'no authorization block, so every authenticated caller may call it',
    })
  const line = lines('authorization')
  const type = authorization.type?.toLowerCase()
  if (authorization.enabled === false || type === 'none')
    return known({ perCaller: false, how: 'authorization is turned off' }, line)
  if (authorization.default_allow === true)
    return known(
      { perCaller: false, how: 'default_allow lets callers without a role in' },
      lines('authorization', 'default_allow'),
    )
  const rules =
    (authorization.roles?.length ?? 0) +
    (authorization.policies?.length ?? 0) +
    (authorization.scopes?.length ?? 0)
  if (rules > 0 || (type !== undefined && PER_CALLER_TYPES.has(type))) {
    const named = type === undefined ? 'authorization' : `authorization.type ${authorization.type}`
    return known(
      { perCaller: true, how: rules > 0 ? `${named} with ${rules} role(s), policies or scopes` : named },
      line,
    )
  }
  return known(
    { perCaller: false, how: 'the authorization block defines no roles, policies or scopes' },
    line,
  )
}

const RATE_FIELDS = [
  ['requests_per_second', 'requests per second'],
  ['requests_per_minute', 'requests per minute'],
  ['requests_per_hour', 'requests per hour'],
  ['requests_per_day', 'requests per day'],
  ['tokens_per_minute', 'tokens per minute'],
  ['tokens_per_day', 'tokens per day'],
  ['concurrent_requests', 'concurrent requests'],
] as const

export function rateLimitOf(settings: EndpointSettings, lines: SettingLines): Evidence<RateLimit> {
  const rate = settings.rate_limit
  if (rate === undefined) return known({ limits: [], how: 'the endpoint has no rate_limit block' })
  if (rate.enabled === false)
    return known({ limits: [], how: 'rate_limit.enabled is false' }, lines('rate_limit', 'enabled'))
  const per = rate.per === undefined ? '' : ` per ${rate.per}`
  const limits: string[] = []
  for (const [field, unit] of RATE_FIELDS) {
    const value = rate[field]
    if (value !== undefined && value > 0) limits.push(`${value} ${unit}${per}`)
  }
  const how = limits.length > 0 ? 'rate_limit' : 'the rate_limit block sets no positive limit'
  return known({ limits, how }, lines('rate_limit'))
}

export function requestLimitsOf(settings: EndpointSettings, lines: SettingLines): Evidence<RequestLimits> {
  const limits = settings.limits
  if (limits === undefined) return known({})
  const tokens = (value: number | undefined, field: string) =>
    value === undefined || value <= 0 ? undefined : `${value} tokens (limits.${field})`
  const total = tokens(limits.max_total_tokens, 'max_total_tokens')
  const bytes = limits.max_request_bytes
  const input =
    tokens(limits.max_input_tokens, 'max_input_tokens') ??
    tokens(limits.max_prompt_tokens, 'max_prompt_tokens') ??
    tokens(limits.max_input_length, 'max_input_length') ??
    (bytes === undefined || bytes <= 0 ? undefined : `${bytes} bytes (limits.max_request_bytes)`) ??
    total
  const output =
    tokens(limits.max_output_tokens, 'max_output_tokens') ??
    tokens(limits.max_tokens, 'max_tokens') ??
    tokens(limits.max_completion_tokens, 'max_completion_tokens') ??
    total
  return known({ input, output }, lines('limits'))
}

type GuardSetting = boolean | { enabled?: boolean; provider?: string; action?: string } | undefined

/** A guardrail set to `true`, or to an object not turned off, is on; its provider and action say how. */
function guardrailOf(setting: GuardSetting, field: string, lines: SettingLines): Evidence<Guardrail> {
  if (setting === undefined) return known({ enabled: false, how: `no guardrails.${field}` })
  const line = lines('guardrails', field)
  if (typeof setting === 'boolean')
    return known({ enabled: setting, how: `guardrails.${field} is ${setting}` }, line)
  if (setting.enabled === false)
    return known({ enabled: false, how: `guardrails.${field}.enabled is false` }, line)
  const parts = [setting.provider, setting.action === undefined ? undefined : `action ${setting.action}`]
  const how = parts.filter((part) => part !== undefined).join(', ')
  return known(
    { enabled: true, how: how === '' ? `guardrails.${field}` : `guardrails.${field} (${how})` },
    line,
  )
}

export function promptInjectionOf(settings: EndpointSettings, lines: SettingLines): Evidence<Guardrail> {
  return guardrailOf(settings.guardrails?.prompt_injection, 'prompt_injection', lines)
}

export function outputFilterOf(settings: EndpointSettings, lines: SettingLines): Evidence<Guardrail> {
  return guardrailOf(settings.guardrails?.output_filter, 'output_filter', lines)
}

export function contentSafetyOf(settings: EndpointSettings, lines: SettingLines): Evidence<ContentSafety> {
  const field = settings.guardrails?.content_safety === undefined ? 'moderation' : 'content_safety'
  const setting = settings.guardrails?.content_safety ?? settings.guardrails?.moderation
  if (setting === undefined)
    return known({ input: false, output: false, how: 'no guardrails.content_safety' })
  const line = lines('guardrails', field)
  if (typeof setting === 'boolean')
    return known({ input: setting, output: setting, how: `guardrails.${field} is ${setting}` }, line)
  if (setting.enabled === false)
    return known({ input: false, output: false, how: `guardrails.${field}.enabled is false` }, line)
  const how =
    setting.provider === undefined ? `guardrails.${field}` : `guardrails.${field} (${setting.provider})`
  return known({ input: setting.input !== false, output: setting.output !== false, how }, line)
}

export function memorisationOf(settings: EndpointSettings, lines: SettingLines): Evidence<MemorisationGuard> {
  const field = settings.guardrails?.memorisation === undefined ? 'memorization' : 'memorisation'
  const guard = guardrailOf(
    settings.guardrails?.memorization ?? settings.guardrails?.memorisation,
    field,
    lines,
  )
  const output = settings.output
  let logprobs: MemorisationGuard['logprobs']
  if (output?.max_logprobs !== undefined)
    logprobs = { exposed: output.max_logprobs > 0, how: `output.max_logprobs is ${output.max_logprobs}` }
  else if (output?.logprobs !== undefined)
    logprobs = { exposed: output.logprobs, how: `output.logprobs is ${output.logprobs}` }
  const value = guard.state === 'known' ? guard.value : undefined
  const line = logprobs?.exposed === true ? lines('output') : guard.state === 'known' ? guard.line : undefined
  return known({ guard: value, logprobs }, line)
}

export function requestLoggingOf(settings: EndpointSettings, lines: SettingLines): Evidence<RequestLogging> {
  const logging = settings.logging
  if (logging === undefined)
    return unknown('the config has no logging block, so it does not say whether prompts are logged')
  const line = lines('logging')
  if (logging.enabled === false)
    return known({ logsContent: false, redaction: false, how: 'logging.enabled is false' }, line)
  const switches = [logging.log_prompts, logging.log_requests, logging.log_responses]
  // Content logging is on unless turned off: gateways that log requests log their bodies by default.
  const logsContent =
    switches.some((value) => value === true) || switches.every((value) => value === undefined)
  const redaction = logging.pii_redaction
  const redacts =
    typeof redaction === 'boolean' ? redaction : redaction !== undefined && redaction.enabled !== false
  let how = 'log_prompts, log_requests and log_responses are off'
  if (logsContent && redacts) how = 'logging with pii_redaction'
  else if (logsContent) how = 'logging of prompts or responses is on and pii_redaction is not'
  return known({ logsContent, redaction: redacts, how }, redacts ? lines('logging', 'pii_redaction') : line)
}

const ROOT_USERS = new Set(['root', '0', '0:0'])

export function containersOf(settings: EndpointSettings, lines: SettingLines): Evidence<ContainerSettings> {
  const container = settings.container
  if (container === undefined)
    return notApplicable(
      'the serving config describes no container; evaluate the Kubernetes objects that run it',
    )
  const label = `container ${container.name ?? settings.name}`
  const user = container.user === undefined ? undefined : String(container.user)
  const isRoot = container.run_as_user === 0 || (user !== undefined && ROOT_USERS.has(user))
  const isNonRoot =
    !isRoot &&
    (container.run_as_non_root === true ||
      (container.run_as_user !== undefined && container.run_as_user > 0) ||
      user !== undefined)
  return known(
    {
      containers: [label],
      privileged: container.privileged === true ? [label] : [],
      writableRoot: container.read_only_root_filesystem === true ? [] : [label],
      maybeRoot: isNonRoot ? [] : [label],
    },
    lines('container'),
  )
}

export function transportOf(settings: EndpointSettings, lines: SettingLines): Evidence<Transport> {
  const { tls, url } = settings
  if (tls !== undefined) {
    if (tls.enabled === false)
      return known({ encrypted: false, how: 'tls.enabled is false' }, lines('tls', 'enabled'))
    const minVersion = tls.min_version === undefined ? undefined : String(tls.min_version)
    const how = minVersion === undefined ? 'tls' : `tls.min_version ${minVersion}`
    return known({ encrypted: true, minVersion, how }, lines('tls'))
  }
  if (url?.toLowerCase().startsWith('https://'))
    return known({ encrypted: true, how: `the URL is https` }, lines('url'))
  if (url?.toLowerCase().startsWith('http://'))
    return known({ encrypted: false, how: 'the URL is plain http' }, lines('url'))
  return known({ encrypted: false, how: 'there is no tls block and no https URL' })
}

const PUBLIC_EXPOSURES = new Set(['public', 'internet', 'external', 'internet-facing'])
const PRIVATE_EXPOSURES = new Set(['internal', 'private', 'cluster', 'cluster-local', 'vpc', 'localhost'])

/** Hosts that only a private network reaches: loopback, RFC 1918, cluster and internal DNS names. */
const PRIVATE_HOST =
  /^(?:localhost|127\.\d+\.\d+\.\d+|10\.\d+\.\d+\.\d+|192\.168\.\d+\.\d+|172\.(?:1[6-9]|2\d|3[01])\.\d+\.\d+|\[?::1\]?|.+\.(?:svc|cluster\.local|internal|local))$/i

function hostOf(url: string | undefined): string | undefined {
  if (url === undefined) return undefined
  try {
    return new URL(url).hostname
  } catch {
    return undefined
  }
}

const EVERY_ADDRESS = new Set(['0.0.0.0/0', '::/0'])

export function exposureOf(settings: EndpointSettings, lines: SettingLines): Evidence<Exposure> {
  const cidrs = settings.allowed_cidrs ?? []
  const restrictedTo =
    cidrs.length > 0 && !cidrs.some((cidr) => EVERY_ADDRESS.has(cidr)) ? cidrs.join(', ') : undefined
  const exposure = settings.exposure?.toLowerCase()
  if (exposure !== undefined && PUBLIC_EXPOSURES.has(exposure))
    return known({ public: true, restrictedTo, how: `exposure is ${settings.exposure}` }, lines('exposure'))
  if (exposure !== undefined && PRIVATE_EXPOSURES.has(exposure))
    return known({ public: false, how: `exposure is ${settings.exposure}` }, lines('exposure'))
  const host = hostOf(settings.url)
  if (host !== undefined && PRIVATE_HOST.test(host))
    return known({ public: false, how: `the URL's host ${host} is private` }, lines('url'))
  if (restrictedTo !== undefined)
    return known({ public: true, restrictedTo, how: 'allowed_cidrs' }, lines('allowed_cidrs'))
  return unknown('the config does not say who can reach the endpoint (set exposure: public or internal)')
}

export function modelOf(settings: EndpointSettings, lines: SettingLines): Evidence<ModelIdentity> {
  const model = settings.model
  if (model === undefined) return known({})
  return known(
    {
      name: model.name,
      version: model.version === undefined ? undefined : String(model.version),
      digest: model.digest,
      revision: model.revision,
      source: model.source,
    },
    lines('model'),
  )
}

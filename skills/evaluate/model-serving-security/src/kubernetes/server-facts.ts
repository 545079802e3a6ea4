/**
 * What the containers behind an endpoint say: the model server's flags and environment (API key, token
 * limits, log-probabilities, request logging, TLS, which model), literal credentials, and each container's
 * security context. A server read only by name yields unknown facts with the reason.
 */
import {
  compareVersions,
  containerLabel,
  type Evidence,
  hasReadOnlyRoot,
  isPrivilegedContainer,
  known,
  literalSecretOf,
  parseImageReference,
  rootStatusOf,
  unknown,
} from '#shared/posture/index.ts'
import type {
  ContainerSettings,
  LiteralCredential,
  MemorisationGuard,
  ModelIdentity,
  RequestLimits,
  RequestLogging,
} from '../endpoint.ts'
import type { ModelServer } from './model-servers.ts'
import { commandWordsOf, environmentOf, environmentVariable, flagOf, flagPairsOf } from './server-command.ts'
import type { ServingWorkload } from './serving-workload.ts'

/** A value taken from another variable at run time (`$(VLLM_API_KEY)`) holds no literal. */
const VARIABLE_REFERENCE = /^\$\(?\{?[A-Za-z_][A-Za-z0-9_]*\}?\)?$/

/** Flags whose value is a credential by name; others count only when the value has a credential's shape. */
const CREDENTIAL_FLAGS = new Set([
  '--api-key',
  '--hf-token',
  '--token',
  '--password',
  '--secret',
  '--auth-token',
])

/** Numbers and booleans are settings (`MAX_TOTAL_TOKENS=8192`), never credentials, whatever the name says. */
const SETTING_VALUE = /^(?:\d{1,15}|true|false)$/i

export function literalCredentialsOf(workload: ServingWorkload): LiteralCredential[] {
  const containers = workload.containers
  if ('missing' in containers) return []
  const found: LiteralCredential[] = []
  const line = workload.object.source.line
  for (const container of containers) {
    const label = containerLabel(container)
    for (const variable of environmentOf(container)) {
      if (variable.value === undefined || SETTING_VALUE.test(variable.value)) continue
      if (literalSecretOf(variable.name, variable.value) !== undefined)
        found.push({ where: `${label} env ${variable.name}`, line })
    }
    for (const { flag, value } of flagPairsOf(commandWordsOf(container))) {
      if (VARIABLE_REFERENCE.test(value) || SETTING_VALUE.test(value)) continue
      const credential =
        CREDENTIAL_FLAGS.has(flag) || literalSecretOf(flag, value) === 'credential-shaped value'
      if (credential) found.push({ where: `${label} argument ${flag}`, line })
    }
  }
  return found
}

/** The server's own API key (vLLM --api-key or VLLM_API_KEY; the same flag or API_KEY for others). */
export function serverApiKeyOf(server: ModelServer): string | undefined {
  if (flagOf(server.words, ['--api-key']) !== undefined) return 'API key (--api-key)'
  const names = server.kind === 'vllm' ? ['VLLM_API_KEY'] : ['API_KEY']
  const variable = environmentVariable(server.environment, names)
  return variable === undefined ? undefined : `API key (${variable.name})`
}

/** vLLM serves TLS itself when given a certificate and key. */
export function serverTlsOf(server: ModelServer): boolean | undefined {
  if (server.kind !== 'vllm') return undefined
  return (
    flagOf(server.words, ['--ssl-certfile']) !== undefined &&
    flagOf(server.words, ['--ssl-keyfile']) !== undefined
  )
}

const NOT_READ = (server: ModelServer | undefined) =>
  server === undefined
    ? 'the container that runs the model is not known'
    : `the settings of ${server.label} are not read`

export function requestLimitsOf(workload: ServingWorkload): Evidence<RequestLimits> {
  const server = workload.server
  if (server?.kind === 'vllm') {
    const length = flagOf(server.words, ['--max-model-len', '--max_model_len'])?.value
    const bound =
      length === undefined ? undefined : `${length} tokens of prompt and completion (--max-model-len)`
    return known({ input: bound, output: bound }, workload.object.source.line)
  }
  if (server?.kind === 'tgi') {
    const inputFlag = flagOf(server.words, ['--max-input-tokens', '--max-input-length'])?.value
    const inputVariable = environmentVariable(server.environment, ['MAX_INPUT_TOKENS', 'MAX_INPUT_LENGTH'])
    const totalFlag = flagOf(server.words, ['--max-total-tokens'])?.value
    const totalVariable = environmentVariable(server.environment, ['MAX_TOTAL_TOKENS'])
    const input = inputFlag ?? inputVariable?.value
    const total = totalFlag ?? totalVariable?.value
    return known({
      input: input === undefined ? undefined : `${input} tokens (max input tokens)`,
      output: total === undefined ? undefined : `${total} tokens of prompt and completion (max total tokens)`,
    })
  }
  if (server?.kind === 'triton')
    return unknown("Triton's limits are set in each model's configuration, which the objects do not hold")
  return unknown(`${NOT_READ(server)}, so its request limits are unknown`)
}

/** vLLM returns up to this many log-probabilities per token unless --max-logprobs lowers it (engine arguments). */
const VLLM_DEFAULT_MAX_LOGPROBS = 20

export function memorisationOf(workload: ServingWorkload): Evidence<MemorisationGuard> {
  const server = workload.server
  if (server?.kind !== 'vllm')
    return unknown(
      `${NOT_READ(server)}, and a memorisation guard would run in a gateway the objects do not describe`,
    )
  const value = flagOf(server.words, ['--max-logprobs'])?.value
  const logprobs =
    value === undefined
      ? {
          exposed: true,
          how: `vLLM returns up to ${VLLM_DEFAULT_MAX_LOGPROBS} per token by default (no --max-logprobs)`,
        }
      : { exposed: Number(value) > 0, how: `--max-logprobs ${value}` }
  return known({ logprobs })
}

/** vLLM logged each request's prompt by default until 0.10.1, which made request logging opt-in. */
const VLLM_QUIET_BY_DEFAULT = [0, 10, 1]

export function requestLoggingOf(workload: ServingWorkload): Evidence<RequestLogging> {
  const logger = workload.kserve?.logger
  if (logger !== undefined && logger.mode !== 'none') {
    const where = logger.url === undefined ? "the namespace's default sink" : logger.url
    return known({
      logsContent: true,
      redaction: false,
      how: `the KServe payload logger (mode ${logger.mode}) sends payloads to ${where}`,
    })
  }
  const server = workload.server
  if (server?.kind !== 'vllm') return unknown(`${NOT_READ(server)}, so whether it logs prompts is unknown`)
  if (flagOf(server.words, ['--enable-log-requests']) !== undefined)
    return known({ logsContent: true, redaction: false, how: 'vLLM --enable-log-requests logs each prompt' })
  if (flagOf(server.words, ['--disable-log-requests']) !== undefined)
    return known({ logsContent: false, redaction: false, how: 'vLLM --disable-log-requests' })
  if (server.version === undefined)
    return unknown('vLLM logs prompts by default before 0.10.1 and its image tag gives no version')
  const version = server.version.join('.')
  return compareVersions(server.version, VLLM_QUIET_BY_DEFAULT) < 0
    ? known({ logsContent: true, redaction: false, how: `vLLM ${version} logs each prompt by default` })
    : known({ logsContent: false, redaction: false, how: `vLLM ${version} does not log requests by default` })
}

export function containersOf(workload: ServingWorkload): Evidence<ContainerSettings> {
  const containers = workload.containers
  if ('missing' in containers) return unknown(containers.missing)
  return known(
    {
      containers: containers.map(containerLabel),
      privileged: containers.filter(isPrivilegedContainer).map(containerLabel),
      writableRoot: containers.filter((container) => !hasReadOnlyRoot(container)).map(containerLabel),
      maybeRoot: containers
        .filter((container) => rootStatusOf(workload.podSpec, container) !== 'non-root')
        .map(containerLabel),
    },
    workload.object.source.line,
  )
}

/** A path segment that reads as a version (`v3`, `3.1`, `2024-07-23`) names which weights a path holds. */
const VERSION_SEGMENT = /^(?:v\d+(?:\.\d+)*|\d+(?:\.\d+)+|\d{4}-\d{2}-\d{2})$/i

function versionInPath(location: string): string | undefined {
  return location
    .split('/')
    .reverse()
    .find((segment) => VERSION_SEGMENT.test(segment))
}

function storageModelOf(storageUri: string): ModelIdentity {
  if (storageUri.startsWith('oci://')) {
    const reference = parseImageReference(storageUri.slice('oci://'.length))
    return { source: storageUri, digest: reference?.digest, version: reference?.tag }
  }
  return { source: storageUri, version: versionInPath(storageUri) }
}

function serverModelOf(server: ModelServer): ModelIdentity | undefined {
  const words = server.words
  let name: string | undefined
  let revision: string | undefined
  if (server.kind === 'vllm') {
    const serve = words.indexOf('serve')
    const positional = serve === -1 ? undefined : words[serve + 1]
    name =
      flagOf(words, ['--model'])?.value ?? (positional?.startsWith('-') === false ? positional : undefined)
    revision = flagOf(words, ['--revision'])?.value
  } else if (server.kind === 'tgi') {
    name =
      flagOf(words, ['--model-id'])?.value ?? environmentVariable(server.environment, ['MODEL_ID'])?.value
    revision =
      flagOf(words, ['--revision'])?.value ?? environmentVariable(server.environment, ['REVISION'])?.value
  }
  if (name === undefined) return undefined
  return { name, revision, version: name.startsWith('/') ? versionInPath(name) : undefined }
}

export function modelOf(workload: ServingWorkload): Evidence<ModelIdentity> {
  const storageUri = workload.kserve?.storageUri
  if (storageUri !== undefined) return known(storageModelOf(storageUri), workload.object.source.line)
  const server = workload.server
  const model = server === undefined ? undefined : serverModelOf(server)
  if (model === undefined) return unknown(`${NOT_READ(server)}, and no argument names the model it loads`)
  return known(model, workload.object.source.line)
}

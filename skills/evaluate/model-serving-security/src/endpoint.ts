/**
 * An inference endpoint as the controls see it, whatever described it: a serving config file (a gateway's
 * view) or the Kubernetes objects that run and expose it, each fact with what the input can say about it.
 */
import type { ResourceDetails } from '#shared/ocsf/index.ts'
import type { Evidence } from '#shared/posture/index.ts'

export interface Authentication {
  readonly required: boolean
  /** How callers authenticate, or why they need not: "API key (--api-key)", "auth.type: none". */
  readonly how: string
}

export interface LiteralCredential {
  /** Where it is written, by name only: `auth.api_keys[0]`, `container vllm env OPENAI_API_KEY`. */
  readonly where: string
  readonly line?: number
}

export interface Authorization {
  /** Callers are told apart, and what each may call is decided per caller. */
  readonly perCaller: boolean
  readonly how: string
}

export interface RateLimit {
  /** The limits in force, e.g. "60 requests per minute"; empty when there are none. */
  readonly limits: readonly string[]
  readonly how: string
}

export interface RequestLimits {
  /** What bounds a request's input (prompt tokens or bytes), when something does. */
  readonly input?: string
  /** What bounds the output a request may ask for. */
  readonly output?: string
}

export interface Guardrail {
  readonly enabled: boolean
  readonly how: string
}

export interface ContentSafety {
  readonly input: boolean
  readonly output: boolean
  readonly how: string
}

export interface MemorisationGuard {
  /** A guard against verbatim training data in outputs; undefined when the input cannot tell. */
  readonly guard?: Guardrail
  /** Whether per-token log-probabilities reach callers; undefined when the input does not say. */
  readonly logprobs?: { readonly exposed: boolean; readonly how: string }
}

export interface RequestLogging {
  /** Prompts or completions are written to logs. */
  readonly logsContent: boolean
  readonly redaction: boolean
  readonly how: string
}

/** Container labels ("container vllm") sorted by what their security context says. */
export interface ContainerSettings {
  readonly containers: readonly string[]
  readonly privileged: readonly string[]
  readonly writableRoot: readonly string[]
  /** Running as uid 0, or with nothing keeping them off it (the image's USER decides, root by default). */
  readonly maybeRoot: readonly string[]
}

export interface Transport {
  readonly encrypted: boolean
  /** The lowest TLS version accepted, when stated. */
  readonly minVersion?: string
  readonly how: string
}

export interface Exposure {
  /** Reachable from outside the cluster or the private network. */
  readonly public: boolean
  /** The source restriction that applies to a public endpoint, when one does. */
  readonly restrictedTo?: string
  readonly how: string
}

export interface ModelIdentity {
  readonly name?: string
  readonly version?: string
  /** A content digest (`sha256:...`) or an immutable source revision (a 40-hex commit). */
  readonly digest?: string
  readonly revision?: string
  readonly source?: string
}

export interface Endpoint {
  readonly name: string
  /** "serving config", "InferenceService", "Deployment"... */
  readonly form: string
  readonly resource: ResourceDetails
  readonly file?: string
  readonly line?: number
  readonly authentication: Evidence<Authentication>
  /** Literal credentials found: always known, since both input forms show what they hold. */
  readonly literalCredentials: readonly LiteralCredential[]
  readonly authorization: Evidence<Authorization>
  readonly rateLimit: Evidence<RateLimit>
  readonly requestLimits: Evidence<RequestLimits>
  readonly outputFilter: Evidence<Guardrail>
  readonly memorisation: Evidence<MemorisationGuard>
  readonly requestLogging: Evidence<RequestLogging>
  readonly containers: Evidence<ContainerSettings>
  readonly transport: Evidence<Transport>
  readonly exposure: Evidence<Exposure>
  readonly promptInjection: Evidence<Guardrail>
  readonly contentSafety: Evidence<ContentSafety>
  readonly model: Evidence<ModelIdentity>
}

export interface ServingInventory {
  readonly endpoints: readonly Endpoint[]
  /** What was evaluated as a whole (the files, or the cluster): the resource of a scope-wide outcome. */
  readonly scope: ResourceDetails
}

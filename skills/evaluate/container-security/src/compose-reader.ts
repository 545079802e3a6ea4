/**
 * Services of a Compose file (the Compose Specification): how each will run. Interpolation is resolved
 * only where the file gives a default (`${TAG:-1.2}`); a value that needs the environment stays as written.
 */
import { asArray, asInt, asObject, asString, asText, type JsonObject, path } from '#shared/json/index.ts'
import type { ConfigDocument } from '#shared/posture/config-documents.ts'
import { asYamlBoolean } from '#shared/posture/index.ts'
import type { ContainerTarget, EnvironmentEntry, Fact, RuntimeFacts } from './target.ts'

/** `$$` is a literal dollar; `${VAR:-default}` and `${VAR-default}` take the default when nothing else is known. */
const INTERPOLATION = /\$\$|\$\{[A-Za-z_][A-Za-z0-9_]*(?::?-([^}]*))?\}|\$[A-Za-z_][A-Za-z0-9_]*/g

function interpolate(text: string): string {
  return text.replace(INTERPOLATION, (match, fallback: string | undefined) => {
    if (match === '$$') return '$'
    return fallback ?? match
  })
}

function textOf(value: unknown): string | undefined {
  const text = asText(value)
  return text === undefined ? undefined : interpolate(text)
}

function environmentOf(service: JsonObject, line: (key: string) => number | undefined): EnvironmentEntry[] {
  const environment = service.environment
  const entries: EnvironmentEntry[] = []
  if (Array.isArray(environment)) {
    environment.forEach((item, index) => {
      const text = asText(item)
      if (text === undefined) return
      const equals = text.indexOf('=')
      entries.push({
        name: equals === -1 ? text : text.slice(0, equals),
        value: equals === -1 ? undefined : text.slice(equals + 1),
        origin: 'environment',
        line: line(`environment.${index}`),
      })
    })
    return entries
  }
  for (const [name, value] of Object.entries(asObject(environment) ?? {})) {
    entries.push({ name, value: asText(value), origin: 'environment', line: line(`environment.${name}`) })
  }
  return entries
}

function healthcheckOf(service: JsonObject): 'set' | 'disabled' | 'absent' {
  const healthcheck = asObject(service.healthcheck)
  if (healthcheck === undefined) return 'absent'
  const test = asArray(healthcheck.test)
  if (asYamlBoolean(healthcheck.disable) === true || asString(test?.[0])?.toUpperCase() === 'NONE')
    return 'disabled'
  return 'set'
}

/** Bind mounts, short (`/var/run/docker.sock:/var/run/docker.sock:ro`) or long (`type: bind`) syntax. */
function hostMountsOf(service: JsonObject): string[] {
  const mounts: string[] = []
  for (const volume of asArray(service.volumes) ?? []) {
    const short = asString(volume)
    if (short !== undefined) {
      const source = short.split(':')[0] ?? ''
      if (source.startsWith('/') || source.startsWith('.') || source.startsWith('~')) mounts.push(source)
      continue
    }
    const long = asObject(volume)
    if (asString(long?.type) === 'bind' && asString(long?.source) !== undefined)
      mounts.push(asString(long?.source) ?? '')
  }
  return mounts
}

/** The first of `keys` set to a value other than its default (`ignored`), else the deploy limit. */
function limitOf(
  service: JsonObject,
  keys: readonly string[],
  deployKey: string,
  ignored: ReadonlySet<string>,
): string | undefined {
  for (const key of keys) {
    const value = textOf(service[key])
    if (value !== undefined && !ignored.has(value)) return `${key} ${value}`
  }
  const deployed = textOf(path(service, 'deploy', 'resources', 'limits', deployKey))
  return deployed === undefined ? undefined : `deploy.resources.limits.${deployKey} ${deployed}`
}

/** 0 means unlimited; 1024 CPU shares is every container's default weight, so neither limits anything. */
const NO_MEMORY_LIMIT = new Set(['0'])
const NO_CPU_LIMIT = new Set(['0', '1024'])

function runtimeOf(
  service: JsonObject,
  serviceLine: number | undefined,
  line: (key: string) => number | undefined,
): RuntimeFacts {
  const at = <Value>(value: Value, key: string): Fact<Value> => ({ value, line: line(key) ?? serviceLine })
  const strings = (value: unknown) => (asArray(value) ?? []).map(textOf).filter((item) => item !== undefined)
  return {
    privileged: at(asYamlBoolean(service.privileged) === true, 'privileged'),
    capAdd: at(strings(service.cap_add), 'cap_add'),
    readOnlyRootfs: at(asYamlBoolean(service.read_only) === true, 'read_only'),
    memoryLimit: at(limitOf(service, ['mem_limit'], 'memory', NO_MEMORY_LIMIT), 'mem_limit'),
    cpuLimit: at(limitOf(service, ['cpus', 'cpu_quota', 'cpu_shares'], 'cpus', NO_CPU_LIMIT), 'cpus'),
    networkMode: at(textOf(service.network_mode), 'network_mode'),
    pidMode: at(textOf(service.pid), 'pid'),
    securityOpt: at(strings(service.security_opt), 'security_opt'),
    hostMounts: at(hostMountsOf(service), 'volumes'),
  }
}

function userOf(
  service: JsonObject,
  serviceLine: number | undefined,
  line: (key: string) => number | undefined,
) {
  // `user: 1000` is a number in YAML; asInt keeps it a uid.
  const user = asInt(service.user) === undefined ? textOf(service.user) : String(asInt(service.user))
  return { value: user, line: line('user') ?? serviceLine }
}

/** One target per service of a Compose document; undefined when the document has no `services` map. */
export function readComposeServices(document: ConfigDocument, file: string): ContainerTarget[] | undefined {
  const services = asObject(asObject(document.value)?.services)
  if (services === undefined) return undefined
  const targets: ContainerTarget[] = []
  for (const [name, value] of Object.entries(services)) {
    const service = asObject(value) ?? {}
    const serviceLine = document.lineAt(['services', name])
    const line = (key: string) =>
      document.lineAt([
        'services',
        name,
        ...key.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part)),
      ])
    const image = textOf(service.image)
    const built = service.build !== undefined
    targets.push({
      form: 'compose service',
      resource: { uid: `${file}#services.${name}`, name, type: 'Compose service' },
      file,
      line: serviceLine,
      user: userOf(service, serviceLine, line),
      // With build:, image: names what the build produces; the base image is the Dockerfile's to judge.
      image: image === undefined || built ? undefined : { value: image, line: line('image') },
      imageNote: built
        ? 'the service is built from a Dockerfile; evaluate that Dockerfile for its base image'
        : undefined,
      healthcheck: { value: healthcheckOf(service), line: line('healthcheck') ?? serviceLine },
      environment: environmentOf(service, line),
      runtime: runtimeOf(service, serviceLine, line),
    })
  }
  return targets
}

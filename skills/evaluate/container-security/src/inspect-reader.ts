/**
 * `docker inspect` output (`docker image inspect`, `docker container inspect`): a JSON array of Docker
 * Engine API objects. A container has HostConfig and State; an image has RepoTags and RootFS and no HostConfig.
 */
import { asArray, asInt, asObject, asString, asStrings, type JsonObject, path } from '#shared/json/index.ts'
import type { ContainerTarget, EnvironmentEntry, Fact, RuntimeFacts } from './target.ts'

export function isInspectArray(value: unknown): value is unknown[] {
  const first = asObject(asArray(value)?.[0])
  return (
    first !== undefined &&
    asString(first.Id) !== undefined &&
    (first.Config !== undefined || first.HostConfig !== undefined)
  )
}

function environmentOf(config: JsonObject | undefined, line: number | undefined): EnvironmentEntry[] {
  return asStrings(config?.Env).map((entry) => {
    const equals = entry.indexOf('=')
    return {
      name: equals === -1 ? entry : entry.slice(0, equals),
      value: equals === -1 ? undefined : entry.slice(equals + 1),
      origin: 'Config.Env',
      line,
    }
  })
}

/** Config.Healthcheck: null when none; Test ["NONE"] when disabled. */
function healthcheckOf(config: JsonObject | undefined): 'set' | 'disabled' | 'absent' {
  const test = asStrings(path(config, 'Healthcheck', 'Test'))
  if (test.length === 0) return 'absent'
  return test[0]?.toUpperCase() === 'NONE' ? 'disabled' : 'set'
}

function cpuLimitOf(host: JsonObject): string | undefined {
  const nanoCpus = asInt(host.NanoCpus) ?? 0
  if (nanoCpus > 0) return `--cpus ${nanoCpus / 1e9}`
  const quota = asInt(host.CpuQuota) ?? 0
  if (quota > 0) return `--cpu-quota ${quota}`
  const shares = asInt(host.CpuShares) ?? 0
  // 0 and 1024 both mean the default weight.
  if (shares > 0 && shares !== 1024) return `--cpu-shares ${shares}`
  return undefined
}

function hostMountsOf(item: JsonObject, host: JsonObject): string[] {
  const mounts = new Set<string>()
  for (const mount of asArray(item.Mounts) ?? []) {
    const source = asString(path(mount, 'Source'))
    if (asString(path(mount, 'Type')) === 'bind' && source !== undefined) mounts.add(source)
  }
  for (const bind of asStrings(host.Binds)) mounts.add(bind.split(':')[0] ?? bind)
  return [...mounts]
}

function runtimeOf(item: JsonObject, host: JsonObject, line: number | undefined): RuntimeFacts {
  const at = <Value>(value: Value): Fact<Value> => ({ value, line })
  const memory = asInt(host.Memory) ?? 0
  return {
    privileged: at(host.Privileged === true),
    capAdd: at(asStrings(host.CapAdd)),
    readOnlyRootfs: at(host.ReadonlyRootfs === true),
    memoryLimit: at(memory > 0 ? `--memory ${memory}` : undefined),
    cpuLimit: at(cpuLimitOf(host)),
    networkMode: at(asString(host.NetworkMode)),
    pidMode: at(asString(host.PidMode)),
    securityOpt: at(asStrings(host.SecurityOpt)),
    hostMounts: at(hostMountsOf(item, host)),
  }
}

/** One inspect entry as a target; undefined when it is neither an image nor a container. */
export function readInspectEntry(
  value: unknown,
  file: string,
  line: number | undefined,
): ContainerTarget | undefined {
  const item = asObject(value)
  const id = asString(item?.Id)
  if (item === undefined || id === undefined) return undefined
  const config = asObject(item.Config)
  const host = asObject(item.HostConfig)
  const user = { value: asString(config?.User), line }
  const healthcheck = { value: healthcheckOf(config), line }
  if (host !== undefined) {
    const name = asString(item.Name)?.replace(/^\//, '') ?? id
    const image = asString(config?.Image)
    return {
      form: 'container',
      resource: { uid: id, name, type: 'Container' },
      file,
      line,
      user,
      image: image === undefined ? undefined : { value: image, line },
      healthcheck,
      environment: environmentOf(config, line),
      runtime: runtimeOf(item, host, line),
    }
  }
  if (item.RepoTags === undefined && item.RootFS === undefined) return undefined
  return {
    form: 'image',
    resource: { uid: id, name: asStrings(item.RepoTags)[0] ?? id, type: 'Container image' },
    file,
    line,
    user,
    imageNote: 'docker image inspect does not name the base image; evaluate the Dockerfile',
    healthcheck,
    environment: environmentOf(config, line),
  }
}

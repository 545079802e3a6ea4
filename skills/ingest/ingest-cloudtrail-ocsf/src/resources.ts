/**
 * What a CloudTrail call acted on: CloudTrail's own `resources[]` (ARNs), the resources a LookupEvents
 * result lists, and the request parameters that name a target (mappings/resource-parameters.ts), merged
 * so one resource appears once. ARNs are never built from names: a resource has a uid only when the log
 * gives its ARN.
 */
import { asArray, asObject, asString, compact, type JsonObject } from '#shared/json/index.ts'
import type { ResourceDetails } from '#shared/ocsf/index.ts'
import type { EnvelopeResource } from './cloudtrail-record.ts'
import { RESOURCE_PARAMETERS } from './mappings/resource-parameters.ts'

function isArn(value: string): boolean {
  return value.startsWith('arn:')
}

/** The ARN names this resource: it is the name, or ends with it as its last path or colon segment. */
function arnNames(arn: string, name: string): boolean {
  return arn === name || arn.endsWith(`/${name}`) || arn.endsWith(`:${name}`)
}

/** One ARN is one resource, whatever type name each source gave it; without both ARNs, the types must agree. */
function sameResource(a: ResourceDetails, b: ResourceDetails): boolean {
  if (a.uid !== undefined && b.uid !== undefined) return a.uid === b.uid
  if (a.type !== undefined && b.type !== undefined && a.type !== b.type) return false
  if (a.name !== undefined && b.name !== undefined) return a.name === b.name
  if (a.uid !== undefined && b.name !== undefined) return arnNames(a.uid, b.name)
  if (b.uid !== undefined && a.name !== undefined) return arnNames(b.uid, a.name)
  return false
}

/** Adds the resource, or fills in what an entry for the same resource lacks. */
function addResource(resources: ResourceDetails[], candidate: ResourceDetails): void {
  const index = resources.findIndex((resource) => sameResource(resource, candidate))
  if (index === -1) {
    resources.push(candidate)
    return
  }
  resources[index] = { ...candidate, ...resources[index] }
}

/** A value that names a resource: an ARN becomes its uid, anything else its name. */
function resourceNamed(type: string | undefined, value: string): ResourceDetails {
  return compact(isArn(value) ? { type, uid: value } : { type, name: value })
}

function recordResources(event: JsonObject): ResourceDetails[] {
  const resources: ResourceDetails[] = []
  for (const item of asArray(event.resources) ?? []) {
    const resource = asObject(item)
    const arn = asString(resource?.ARN) ?? asString(resource?.arn)
    if (arn === undefined) continue
    const accountUid = asString(resource?.accountId)
    resources.push(
      compact({
        type: asString(resource?.type),
        uid: arn,
        owner: accountUid === undefined ? undefined : { account: { uid: accountUid } },
      }),
    )
  }
  return resources
}

/** The strings at a parameter path; `*` steps into every element of an array. */
function valuesAt(value: unknown, keys: readonly string[]): string[] {
  const [key, ...rest] = keys
  if (key === undefined) {
    const text = asString(value)
    return text === undefined ? [] : [text]
  }
  if (key === '*') return (asArray(value) ?? []).flatMap((item) => valuesAt(item, rest))
  const object = asObject(value)
  if (object === undefined || !Object.hasOwn(object, key)) return []
  return valuesAt(object[key], rest)
}

function parameterResources(event: JsonObject): ResourceDetails[] {
  const parameters = asObject(event.requestParameters)
  const service = asString(event.eventSource)
  if (parameters === undefined || service === undefined) return []
  const resources: ResourceDetails[] = []
  for (const parameter of RESOURCE_PARAMETERS[service] ?? []) {
    for (const value of valuesAt(parameters, parameter.path)) {
      resources.push(resourceNamed(parameter.type, value))
    }
  }
  return resources
}

export function resourcesOf(
  event: JsonObject,
  envelopeResources: readonly EnvelopeResource[],
): ResourceDetails[] {
  const resources: ResourceDetails[] = []
  for (const resource of recordResources(event)) addResource(resources, resource)
  for (const { type, name } of envelopeResources) {
    if (name !== undefined) addResource(resources, resourceNamed(type, name))
  }
  for (const resource of parameterResources(event)) addResource(resources, resource)
  return resources
}

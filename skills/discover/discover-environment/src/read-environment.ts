/**
 * Reads an environment description: a configuration file (JSON or YAML) in the schema of environment.ts,
 * or a snapshot this skill's `collect` wrote. Each resource and relationship is one record: a resource
 * that breaks the schema, a second resource with the same uid, or a relationship to a resource the file
 * does not hold is skipped with a warning naming the file and line, and the rest is read.
 */

import { InputError } from '#shared/errors/index.ts'
import type { Reporter } from '#shared/io/index.ts'
import { asArray, asObject, asString } from '#shared/json/index.ts'
import type { z } from '#shared/json/zod.ts'
import { formatTime, parseEventTime } from '#shared/ocsf/index.ts'
import type { ConfigDocument } from '#shared/posture/config-documents.ts'
import {
  CollectedEnvironment,
  Environment,
  PROVIDERS,
  type Provider,
  Relationship,
  Resource,
} from './environment.ts'

/** Top-level fields of a configuration file, and of a snapshot's data (which has no time of its own). */
const FILE_KEYS: ReadonlySet<string> = new Set(Object.keys(Environment.shape))
const COLLECTED_KEYS: ReadonlySet<string> = new Set(Object.keys(CollectedEnvironment.shape))

/** The `kind` of the snapshots `collect` writes. */
export const SNAPSHOT_KIND = 'discover-environment'

export interface ReadEnvironment {
  readonly environment: Environment
  /** The description's own time: a snapshot's collected_at or a file's observed_at, when it has one. */
  readonly observedAt?: string
  /** A snapshot's collection errors, one line each. */
  readonly notes: readonly string[]
}

function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0]
  const where = issue?.path.join('.') ?? ''
  return `${where === '' ? '' : `${where}: `}${issue?.message ?? 'invalid'}`
}

function timeOf(value: unknown, source: string, field: string): string | undefined {
  if (value === undefined) return undefined
  const text = asString(value)
  const millis = text === undefined || !/^\d{4}-/.test(text) ? undefined : parseEventTime(text)
  if (millis === undefined) throw new InputError(`${source}: ${field} must be an RFC 3339 time`)
  return formatTime(millis)
}

function providerOf(value: unknown, source: string): Provider {
  const provider = asString(value)
  if (provider === undefined || !(PROVIDERS as readonly string[]).includes(provider))
    throw new InputError(`${source}: provider must be one of ${PROVIDERS.join(', ')}`)
  return provider as Provider
}

function readResources(
  items: readonly unknown[],
  lineAt: (index: number) => number,
  source: string,
  reporter: Reporter,
): Resource[] {
  const resources: Resource[] = []
  const firstLine = new Map<string, number>()
  items.forEach((item, index) => {
    reporter.read += 1
    const line = lineAt(index)
    const parsed = Resource.safeParse(item)
    if (!parsed.success) {
      reporter.skip({ source, line }, 'invalid resource', firstIssue(parsed.error))
      return
    }
    const seen = firstLine.get(parsed.data.uid)
    if (seen !== undefined) {
      reporter.skip({ source, line }, 'duplicate resource', `uid ${parsed.data.uid} is also at line ${seen}`)
      return
    }
    firstLine.set(parsed.data.uid, line)
    reporter.processed += 1
    resources.push(parsed.data)
  })
  return resources
}

function readRelationships(
  items: readonly unknown[],
  lineAt: (index: number) => number,
  known: ReadonlySet<string>,
  source: string,
  reporter: Reporter,
): Relationship[] {
  const relationships: Relationship[] = []
  items.forEach((item, index) => {
    reporter.read += 1
    const line = lineAt(index)
    const parsed = Relationship.safeParse(item)
    if (!parsed.success) {
      reporter.skip({ source, line }, 'invalid relationship', firstIssue(parsed.error))
      return
    }
    const missing = [parsed.data.from, parsed.data.to].find((uid) => !known.has(uid))
    if (missing !== undefined) {
      reporter.skip({ source, line }, 'relationship to an unknown resource', `no resource has uid ${missing}`)
      return
    }
    reporter.processed += 1
    relationships.push(parsed.data)
  })
  return relationships
}

/** The environment of one parsed document; `base` is the path to it inside the document (data, for a snapshot). */
function readDescription(
  value: Record<string, unknown>,
  document: ConfigDocument,
  base: readonly string[],
  allowedKeys: ReadonlySet<string>,
  source: string,
  reporter: Reporter,
): Environment {
  const unknownKeys = Object.keys(value).filter((key) => !allowedKeys.has(key))
  if (unknownKeys.length > 0) throw new InputError(`${source}: unknown top-level field ${unknownKeys[0]}`)
  const provider = providerOf(value.provider, source)
  const account = value.account === undefined ? undefined : asString(value.account)
  if (value.account !== undefined && (account === undefined || account.length === 0))
    throw new InputError(`${source}: account must be a non-empty string`)
  const resourceItems = asArray(value.resources)
  if (resourceItems === undefined) throw new InputError(`${source}: resources must be a list`)
  const relationshipItems = value.relationships === undefined ? [] : asArray(value.relationships)
  if (relationshipItems === undefined) throw new InputError(`${source}: relationships must be a list`)
  const lines = (key: string) => (index: number) => document.lineAt([...base, key, index]) ?? document.line
  const resources = readResources(resourceItems, lines('resources'), source, reporter)
  const known = new Set(resources.map((resource) => resource.uid))
  const relationships = readRelationships(relationshipItems, lines('relationships'), known, source, reporter)
  return { provider, account, resources, relationships }
}

function snapshotNotes(errors: unknown, source: string): string[] {
  const object = errors === undefined ? {} : asObject(errors)
  if (object === undefined) throw new InputError(`${source}: errors must be an object`)
  return Object.values(object).map((message) => String(message))
}

export function readEnvironmentDocument(
  document: ConfigDocument,
  source: string,
  reporter: Reporter,
): ReadEnvironment {
  const value = asObject(document.value)
  if (value === undefined)
    throw new InputError(`${source}: not an environment description (expected an object)`)
  if (value.kind !== undefined) {
    if (value.kind !== SNAPSHOT_KIND)
      throw new InputError(`${source}: not a ${SNAPSHOT_KIND} snapshot (kind is ${String(value.kind)})`)
    const data = asObject(value.data)
    if (data === undefined) throw new InputError(`${source}: the snapshot has no data`)
    const collectedAt = timeOf(value.collected_at, source, 'collected_at')
    if (collectedAt === undefined) throw new InputError(`${source}: collected_at must be an RFC 3339 time`)
    const environment = readDescription(data, document, ['data'], COLLECTED_KEYS, source, reporter)
    return { environment, observedAt: collectedAt, notes: snapshotNotes(value.errors, source) }
  }
  const observedAt = timeOf(value.observed_at, source, 'observed_at')
  const environment = readDescription(value, document, [], FILE_KEYS, source, reporter)
  return { environment: { ...environment, observed_at: observedAt }, observedAt, notes: [] }
}

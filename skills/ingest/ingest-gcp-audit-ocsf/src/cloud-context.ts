/**
 * Where the call happened: the project (or organization) whose log holds the entry, and the location of
 * the resource. logName says whose log it is (`projects/<id>/logs/...`); the monitored resource's labels
 * say where the resource lives (`location`, `region`, `zone`).
 */
import { asArray, asString, compact, compactOrOmit, type JsonObject, path } from '#shared/json/index.ts'
import type { Cloud } from '#shared/ocsf/index.ts'

/** A zone is its region and a letter: `us-central1-f` is in `us-central1`. */
const ZONE = /^([a-z]+-[a-z]+\d+)-[a-z]$/

interface LogOwner {
  readonly project?: string
  readonly organization?: string
}

function logOwnerOf(logName: string | undefined): LogOwner {
  const match = logName === undefined ? null : /^(projects|organizations)\/([^/]+)\/logs\//.exec(logName)
  if (match === null) return {}
  return match[1] === 'projects' ? { project: match[2] } : { organization: match[2] }
}

function projectOf(entry: JsonObject): string | undefined {
  return (
    logOwnerOf(asString(entry.logName)).project ?? asString(path(entry, 'resource', 'labels', 'project_id'))
  )
}

function zoneOf(entry: JsonObject): string | undefined {
  return asString(path(entry, 'resource', 'labels', 'zone'))
}

function regionOf(entry: JsonObject, auditLog: JsonObject): string | undefined {
  const labels = path(entry, 'resource', 'labels')
  const zone = zoneOf(entry)
  return (
    asString(path(labels, 'location')) ??
    asString(path(labels, 'region')) ??
    (zone === undefined ? undefined : ZONE.exec(zone)?.[1]) ??
    asString(asArray(path(auditLog, 'resourceLocation', 'currentLocations'))?.[0])
  )
}

export function cloudOf(entry: JsonObject, auditLog: JsonObject): Cloud {
  const owner = logOwnerOf(asString(entry.logName))
  const project = projectOf(entry)
  return compact({
    provider: 'GCP',
    region: regionOf(entry, auditLog),
    zone: zoneOf(entry),
    account: project === undefined ? undefined : { uid: project, type_id: 11 as const, type: 'GCP Project' },
    org: compactOrOmit({ uid: owner.organization }),
  })
}

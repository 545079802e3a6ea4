/**
 * Changes that make Cloud Logging see or keep less, read from one audit entry: what was done, to what,
 * and how badly. Configuration calls on logging.googleapis.com, and audit configuration deltas of any
 * service's SetIamPolicy.
 */
import { auditConfigDeltasOf, type GcpCall, gcpCallOf } from '#shared/gcp/index.ts'
import { asArray, asBoolean, asInt, asObject, asString } from '#shared/json/index.ts'
import type { OcsfEvent, SeverityName } from '#shared/ocsf/index.ts'
import { updatedFields } from './update-mask.ts'

const LOGGING_SERVICE = 'logging.googleapis.com'

/** The _Default bucket keeps logs 30 days; a shorter retention set on a bucket deletes history early. */
const DEFAULT_RETENTION_DAYS = 30

export interface Impairment {
  readonly call: GcpCall
  /** What was done, naming the sink, bucket, log or service. */
  readonly what: string
  readonly severity: SeverityName
}

function sinkUpdateOf(call: GcpCall): Impairment | undefined {
  const sink = asObject(call.request?.sink)
  const name = asString(call.request?.sinkName) ?? asString(sink?.name) ?? '?'
  const fields = updatedFields(call.request?.updateMask)
  const touches = (field: string) => fields === undefined || fields.has(field)
  if (touches('disabled') && asBoolean(sink?.disabled) === true)
    return { call, what: `disabled log sink ${name}`, severity: 'high' }
  const exclusions = (asArray(sink?.exclusions) ?? []).filter(
    (exclusion) => asBoolean(asObject(exclusion)?.disabled) !== true,
  )
  if (touches('exclusions') && exclusions.length > 0) {
    // Quoted as JSON: filters hold quotes of their own.
    const filters = exclusions.map((exclusion) =>
      JSON.stringify(asString(asObject(exclusion)?.filter) ?? '?'),
    )
    return { call, what: `made log sink ${name} exclude ${filters.join(', ')}`, severity: 'medium' }
  }
  // Only an explicit mask says the destination changed; a full update always restates it.
  if (fields?.has('destination') === true)
    return {
      call,
      what: `re-pointed log sink ${name} to ${asString(sink?.destination) ?? '?'}`,
      severity: 'medium',
    }
  return undefined
}

function bucketUpdateOf(call: GcpCall): Impairment | undefined {
  const bucket = asObject(call.request?.bucket)
  const fields = updatedFields(call.request?.updateMask)
  if (fields !== undefined && !fields.has('retentionDays')) return undefined
  const days = asInt(bucket?.retentionDays)
  if (days === undefined || days >= DEFAULT_RETENTION_DAYS) return undefined
  const name = asString(call.request?.name) ?? call.resource.uid ?? '?'
  return { call, what: `cut the retention of log bucket ${name} to ${days} days`, severity: 'medium' }
}

function loggingImpairmentOf(call: GcpCall): Impairment | undefined {
  const request = call.request
  switch (call.verb) {
    case 'deletesink':
      return {
        call,
        what: `deleted log sink ${asString(request?.sinkName) ?? call.resource.uid ?? '?'}`,
        severity: 'high',
      }
    case 'deletebucket':
      return {
        call,
        what: `deleted log bucket ${asString(request?.name) ?? call.resource.uid ?? '?'}`,
        severity: 'high',
      }
    case 'deletelog':
      return {
        call,
        what: `deleted the entries of log ${asString(request?.logName) ?? call.resource.uid ?? '?'}`,
        severity: 'high',
      }
    case 'updatesink':
      return sinkUpdateOf(call)
    case 'updatebucket':
      return bucketUpdateOf(call)
    case 'createexclusion': {
      const exclusion = asObject(request?.exclusion)
      if (asBoolean(exclusion?.disabled) === true) return undefined
      return {
        call,
        what: `excluded logs matching ${JSON.stringify(asString(exclusion?.filter) ?? '?')} from storage`,
        severity: 'medium',
      }
    }
    case 'updatesettings':
      if (asBoolean(asObject(request?.settings)?.disableDefaultSink) !== true) return undefined
      return { call, what: 'switched off the _Default sink for new projects', severity: 'high' }
    default:
      return undefined
  }
}

/** Data Access audit logs turned off, or a member exempted from them, by any service's SetIamPolicy. */
function auditConfigImpairmentOf(call: GcpCall): Impairment | undefined {
  if (call.verb !== 'setiampolicy') return undefined
  const changes: string[] = []
  for (const delta of auditConfigDeltasOf(call.resource.serviceData)) {
    const logs = `${delta.logType ?? 'all'} audit logs of ${delta.service}`
    if (delta.action === 'REMOVE' && delta.exemptedMember === undefined) changes.push(`turned off ${logs}`)
    if (delta.action === 'ADD' && delta.exemptedMember !== undefined)
      changes.push(`exempted ${delta.exemptedMember} from ${logs}`)
  }
  if (changes.length === 0) return undefined
  return {
    call,
    what: `${changes.join(', ')} on ${call.resource.uid ?? call.scope ?? '?'}`,
    severity: 'high',
  }
}

export function impairmentOf(event: OcsfEvent): Impairment | undefined {
  const call = gcpCallOf(event)
  if (call === undefined || !call.succeeded) return undefined
  if (call.service === LOGGING_SERVICE) return loggingImpairmentOf(call)
  return auditConfigImpairmentOf(call)
}

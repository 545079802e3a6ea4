/** A trail stopped, deleted, or changed so that it logs less: the usual first move before acting unseen. */
import { type AwsCall, succeededCallOf } from '#shared/aws/index.ts'
import type { EventRule } from '#shared/detect/index.ts'
import { asBoolean, asString } from '#shared/json/index.ts'
import type { OcsfEvent, SeverityName } from '#shared/ocsf/index.ts'
import { selectorNarrowing } from '../event-selectors.ts'

const TRAIL_OPERATIONS: ReadonlySet<string> = new Set([
  'StopLogging',
  'DeleteTrail',
  'UpdateTrail',
  'PutEventSelectors',
])

/** UpdateTrail settings whose `false` makes the trail see less or prove less. */
const UPDATE_TRAIL_FLAGS: ReadonlyArray<readonly [string, string]> = [
  ['isMultiRegionTrail', 'it logs one Region only'],
  ['includeGlobalServiceEvents', 'it no longer logs global services such as IAM and STS'],
  ['enableLogFileValidation', 'log file integrity validation is off'],
]

interface Impairment {
  readonly call: AwsCall
  /** What was done, naming the trail. */
  readonly what: string
  readonly severity: SeverityName
}

function impairmentOf(event: OcsfEvent): Impairment | undefined {
  const call = succeededCallOf(event, 'cloudtrail.amazonaws.com', TRAIL_OPERATIONS)
  if (call === undefined) return undefined
  const trail = `trail ${asString(call.request?.name) ?? asString(call.request?.trailName) ?? '?'}`
  if (call.operation === 'StopLogging') return { call, what: `stopped logging on ${trail}`, severity: 'high' }
  if (call.operation === 'DeleteTrail') return { call, what: `deleted ${trail}`, severity: 'high' }
  if (call.operation === 'UpdateTrail') {
    const changes = UPDATE_TRAIL_FLAGS.filter(([flag]) => asBoolean(call.request?.[flag]) === false)
    if (changes.length === 0) return undefined
    return {
      call,
      what: `updated ${trail}: ${changes.map(([, change]) => change).join(' and ')}`,
      severity: 'high',
    }
  }
  const narrowing = selectorNarrowing(call.request)
  if (narrowing === undefined) return undefined
  return {
    call,
    what: `changed the event selectors of ${trail}: ${narrowing.reason}`,
    severity: narrowing.exclusionOnly ? 'medium' : 'high',
  }
}

export const awsCloudtrailLoggingImpaired: EventRule<undefined> = {
  id: 'aws-cloudtrail-logging-impaired',
  title: 'CloudTrail logging stopped or narrowed',
  severity: 'high',
  attacks: ['T1562.008'],
  classUids: [6003],
  rationale:
    'Every other AWS detection reads CloudTrail; stopping a trail, deleting it, or trimming what it records blinds them for whatever comes next.',
  reference: 'https://stratus-red-team.cloud/attack-techniques/AWS/aws.defense-evasion.cloudtrail-stop/',
  runbook:
    '1. Who made the change, from where, and was it planned? 2. Restore the trail (StartLogging, recreate, or put back the selectors). 3. Review what the same principal did in the minutes around the change, from the organisation trail or another Region.',
  falsePositives: [
    'a trail retired by infrastructure-as-code during a planned migration to an organisation trail',
    'selectors trimmed to cut cost, such as excluding KMS or RDS Data API events',
  ],
  match(event) {
    return impairmentOf(event) !== undefined
  },
  describe(event) {
    const impairment = impairmentOf(event)
    const caller = impairment?.call.caller.name ?? 'unknown caller'
    const request = impairment?.call.request
    return {
      key: [caller, asString(request?.name) ?? asString(request?.trailName) ?? '?'],
      severity: impairment?.severity,
      desc: `${caller} ${impairment?.what ?? 'changed a trail'}.`,
    }
  },
}

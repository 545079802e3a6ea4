/**
 * A successful AssumeRole-family call as the detector reads it from API Activity: the role it handed
 * over, the workload that made it (an instance role session, or a private source address), and the
 * access keys it was made with and returned, so a chained assumption can be followed back.
 */
import { asArray, asInt, asString, path } from '#shared/json/index.ts'
import { API_ACTIVITY, type OcsfEvent } from '#shared/ocsf/index.ts'
import type { AddressRanges } from './address-ranges.ts'
import { eventUidOf, type Ordered } from './event-order.ts'
import { ROLE_ASSUMPTION_OPERATIONS, STS_SERVICE } from './mappings/role-assumption-operations.ts'
import { isInstanceId, type Workload } from './workload.ts'

const ROLE_RESOURCE_TYPE = 'AWS::IAM::Role'
const SUCCESS = 1
const SERVICE_USER_TYPE = 4

export interface RoleAssumption extends Ordered {
  readonly event: OcsfEvent
  readonly operation: string
  /** The ARN of the role assumed. */
  readonly role: string
  /** The instance its role session names, and its source address when that is internal. */
  readonly caller: Workload
  /** The source address as logged, internal or not: a chained call from elsewhere is not its issuer's. */
  readonly sourceAddress?: string
  /** The access key the call was made with. */
  readonly credential?: string
  /** The access key it returned. */
  readonly issuedCredential?: string
}

/** The role's name: the last segment of its ARN, without the path. */
export function roleNameOf(roleArn: string): string {
  const resource = roleArn.split(':').slice(5).join(':')
  return resource.split('/').pop() || roleArn
}

/** The ingester lists the role a call assumed as a resource; the request parameter is the fallback. */
function assumedRoleOf(event: OcsfEvent): string | undefined {
  for (const resource of asArray(event.resources) ?? []) {
    const uid = asString(path(resource, 'uid'))
    if (asString(path(resource, 'type')) === ROLE_RESOURCE_TYPE && uid?.startsWith('arn:')) return uid
  }
  const requested = asString(path(event, 'api', 'request', 'data', 'roleArn'))
  return requested?.startsWith('arn:') ? requested : undefined
}

/**
 * An AWS service calling on the workload's behalf (EC2 delivering an instance profile's credentials,
 * ECS a task role's) does so on a schedule, not by the workload's choice.
 */
function isServiceCall(event: OcsfEvent): boolean {
  return (
    asInt(path(event, 'actor', 'user', 'type_id')) === SERVICE_USER_TYPE ||
    asString(path(event, 'actor', 'app_name')) !== undefined ||
    asString(path(event, 'src_endpoint', 'svc_name')) !== undefined
  )
}

export function roleAssumptionOf(event: OcsfEvent, internal: AddressRanges): RoleAssumption | undefined {
  if (event.class_uid !== API_ACTIVITY.uid) return undefined
  if (asString(path(event, 'api', 'service', 'name')) !== STS_SERVICE) return undefined
  const operation = asString(path(event, 'api', 'operation'))
  if (operation === undefined || !ROLE_ASSUMPTION_OPERATIONS.has(operation)) return undefined
  // A refused call issued no credentials: there is nothing to move with.
  if (asInt(event.status_id) !== SUCCESS || path(event, 'api', 'response', 'error') !== undefined)
    return undefined
  if (isServiceCall(event)) return undefined
  const role = assumedRoleOf(event)
  if (role === undefined) return undefined
  const sessionName = asString(path(event, 'actor', 'session', 'uid'))
  const sourceAddress = asString(path(event, 'src_endpoint', 'ip'))
  return {
    event,
    uid: eventUidOf(event),
    time: event.time,
    operation,
    role,
    caller: {
      instance: isInstanceId(sessionName) ? sessionName : undefined,
      address: internal.has(sourceAddress) ? sourceAddress : undefined,
    },
    sourceAddress,
    credential: asString(path(event, 'actor', 'session', 'credential_uid')),
    issuedCredential: asString(path(event, 'api', 'response', 'data', 'credentials', 'accessKeyId')),
  }
}

/**
 * The fields of a flow log record, by the names AWS gives them in a custom format (`${vpc-id}`) and in
 * the header line of the files it delivers to Amazon S3. Versions 2 to 5 are mapped to OCSF; the later
 * ECS (version 7) and reject-reason (version 8) fields are read and kept in `unmapped`.
 */

export const MAPPED_FIELDS = [
  // version 2, the default format in its order
  'version',
  'account-id',
  'interface-id',
  'srcaddr',
  'dstaddr',
  'srcport',
  'dstport',
  'protocol',
  'packets',
  'bytes',
  'start',
  'end',
  'action',
  'log-status',
  // version 3
  'vpc-id',
  'subnet-id',
  'instance-id',
  'tcp-flags',
  'type',
  'pkt-srcaddr',
  'pkt-dstaddr',
  // version 4
  'region',
  'az-id',
  'sublocation-type',
  'sublocation-id',
  // version 5
  'pkt-src-aws-service',
  'pkt-dst-aws-service',
  'flow-direction',
  'traffic-path',
] as const

export type MappedField = (typeof MAPPED_FIELDS)[number]

/** Fields added after version 5: accepted in a format, kept in unmapped under their own names. */
export const LATER_FIELDS: readonly string[] = [
  'ecs-cluster-arn',
  'ecs-cluster-name',
  'ecs-container-instance-arn',
  'ecs-container-instance-id',
  'ecs-container-id',
  'ecs-second-container-id',
  'ecs-service-name',
  'ecs-task-definition-arn',
  'ecs-task-arn',
  'ecs-task-id',
  'reject-reason',
]

/** The default format: every version 2 field, in the order AWS writes them. */
export const DEFAULT_FORMAT: readonly string[] = MAPPED_FIELDS.slice(0, 14)

/** The shape of a field name in a format or header line: lower-case words joined by hyphens. */
export const FIELD_NAME = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/

const KNOWN_FIELDS: ReadonlySet<string> = new Set([...MAPPED_FIELDS, ...LATER_FIELDS])

export function isKnownField(name: string): boolean {
  return KNOWN_FIELDS.has(name)
}

/** A key of a parsed JSON record, compared without case, hyphens or underscores: `srcAddr`, `src_addr`, `srcaddr`. */
function squeeze(key: string): string {
  return key.toLowerCase().replace(/[-_]/g, '')
}

/**
 * JSON keys that are not the field name squeezed: parsed forms such as Panther's call `log-status`
 * `status`, `account-id` `account` and `type` `trafficType`.
 */
const JSON_KEY_ALIASES: Readonly<Record<string, string>> = {
  status: 'log-status',
  account: 'account-id',
  traffictype: 'type',
}

const FIELD_OF_SQUEEZED_KEY: ReadonlyMap<string, string> = new Map([
  ...[...KNOWN_FIELDS].map((name): [string, string] => [squeeze(name), name]),
  ...Object.entries(JSON_KEY_ALIASES),
])

/** The flow log field a JSON key stands for, or undefined for any other key. */
export function fieldOfJsonKey(key: string): string | undefined {
  return FIELD_OF_SQUEEZED_KEY.get(squeeze(key))
}

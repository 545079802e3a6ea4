/**
 * A workload as the two logs name it. CloudTrail knows an EC2 instance by its role session name (EC2
 * names an instance profile's session after the instance) and knows the caller's address; flow logs know
 * the interface's instance (custom formats) and the source address (every format). Either shared
 * identity ties a role assumption to the traffic that followed it.
 */

export interface Workload {
  /** An EC2 instance id. */
  readonly instance?: string
  /** Its private address. */
  readonly address?: string
}

/** EC2 instance ids: `i-` and 8 hex digits for older instances, 17 since 2016. */
const INSTANCE_ID = /^i-(?:[0-9a-f]{8}|[0-9a-f]{17})$/

export function isInstanceId(text: string | undefined): text is string {
  return text !== undefined && INSTANCE_ID.test(text)
}

/** The keys a workload is filed under, one per identity it has, so either log's view of it finds the other. */
export function workloadKeys(workload: Workload): string[] {
  const keys: string[] = []
  if (workload.instance !== undefined) keys.push(`instance:${workload.instance}`)
  if (workload.address !== undefined) keys.push(`address:${workload.address}`)
  return keys
}

export type Link = 'instance' | 'address'

/**
 * How a role assumption's workload and a flow's source are the same machine, if they are. Two
 * instance ids that differ mean two machines even when the address matches: addresses are reused.
 */
export function linkOf(caller: Workload, source: Workload): Link | undefined {
  if (caller.instance !== undefined && source.instance !== undefined) {
    return caller.instance === source.instance ? 'instance' : undefined
  }
  if (caller.address !== undefined && caller.address === source.address) return 'address'
  return undefined
}

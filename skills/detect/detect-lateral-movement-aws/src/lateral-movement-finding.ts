/**
 * One finding in the making: a workload, the role it assumed and the window that assumption fell in,
 * with the role assumptions and east-west flows matched to them. Evidence and counts are bounded and
 * chosen by event time, never by arrival, so the finding is the same whichever log was read first.
 */
import type { Detection } from '#shared/detect/index.ts'
import {
  formatTime,
  MAX_EVIDENCES,
  OBSERVABLE_TYPES,
  type Observable,
  type ResourceDetails,
  type SeverityName,
} from '#shared/ocsf/index.ts'
import type { LateralMovementConfig } from './config.ts'
import { compareOrdered, insertInOrder } from './event-order.ts'
import type { RemoteServiceFlow } from './remote-service-flow.ts'
import { type RoleAssumption, roleNameOf } from './role-assumption.ts'
import type { Link } from './workload.ts'

/** Role assumptions kept as evidence; the rest of the evidence is flows, the first to each destination. */
const MAX_ASSUMPTION_EVIDENCE = 3
/** Destinations (address and port) counted one by one; past it the finding says "at least". */
const MAX_DESTINATIONS = 256
/** A workload's addresses named in the finding (an instance may have several interfaces). */
const MAX_ADDRESSES = 4
const MAX_DESTINATIONS_DESCRIBED = 8
const MAX_HOST_RESOURCES = 5

export class LateralMovementFinding {
  private readonly assumptions: RoleAssumption[] = []
  private assumptionCount = 0
  /** The earliest flow to each destination. */
  private readonly firstFlows = new Map<string, RemoteServiceFlow>()
  private flowCount = 0
  private moreDestinations = false
  private readonly addresses = new Set<string>()
  private linkedByInstance = false

  constructor(
    readonly key: readonly string[],
    private readonly instance: string | undefined,
    private readonly role: string,
  ) {}

  addAssumption(assumption: RoleAssumption): void {
    this.assumptionCount += 1
    insertInOrder(this.assumptions, assumption)
    if (this.assumptions.length > MAX_ASSUMPTION_EVIDENCE) this.assumptions.pop()
  }

  addFlow(flow: RemoteServiceFlow): void {
    this.flowCount += 1
    if (this.addresses.size < MAX_ADDRESSES) this.addresses.add(flow.source.address)
    const destination = destinationOf(flow)
    const first = this.firstFlows.get(destination)
    if (first !== undefined) {
      if (isBetterEvidence(flow, first)) this.firstFlows.set(destination, flow)
    } else if (this.firstFlows.size < MAX_DESTINATIONS) {
      this.firstFlows.set(destination, flow)
    } else {
      this.moreDestinations = true
    }
  }

  noteLink(link: Link): void {
    if (link === 'instance') this.linkedByInstance = true
  }

  toDetection(config: LateralMovementConfig): Detection {
    const flows = [...this.firstFlows.values()].sort(compareOrdered)
    const hosts = [...new Set(flows.map((flow) => flow.destination))]
    const shown = flows.slice(0, MAX_EVIDENCES - this.assumptions.length)
    const events = [...this.assumptions.map((item) => item.event), ...shown.map((flow) => flow.event)]
    const workload = this.workloadLabel()
    const hostCount = `${this.moreDestinations ? 'at least ' : ''}${plural(hosts.length, 'internal host')}`
    return {
      key: this.key,
      title: `${this.instance ?? workload} assumed ${roleNameOf(this.role)}, then reached ${hostCount} over remote-service ports`,
      desc: this.describe(config, workload, flows, hostCount),
      severity: this.severityOf(config, flows, hosts.length),
      confidence: this.linkedByInstance ? 'high' : 'medium',
      events,
      eventCount: this.assumptionCount + this.flowCount,
      observables: this.instanceObservables(shown),
      resources: this.resourcesOf(hosts),
    }
  }

  private workloadLabel(): string {
    const addresses = [...this.addresses].sort().join(', ')
    return this.instance === undefined ? addresses : `${this.instance} (${addresses})`
  }

  /** Remote administration gives a shell on the destination; reaching many hosts is the spread itself. */
  private severityOf(config: LateralMovementConfig, flows: RemoteServiceFlow[], hosts: number): SeverityName {
    const administers = flows.some((flow) => flow.service.kind === 'remote administration')
    const spreads = hosts >= config.fanout || this.moreDestinations
    if (administers) return spreads ? 'critical' : 'high'
    return spreads ? 'high' : 'medium'
  }

  private describe(
    config: LateralMovementConfig,
    workload: string,
    flows: RemoteServiceFlow[],
    hostCount: string,
  ): string {
    const [first] = this.assumptions
    const operations = [...new Set(this.assumptions.map((item) => item.operation))].join(', ')
    const again = this.assumptionCount > 1 ? ` (${plural(this.assumptionCount, 'call')} in this window)` : ''
    const services = [...new Set(flows.map((flow) => `${flow.service.name} (${flow.port})`))].join(', ')
    const listed = flows.slice(0, MAX_DESTINATIONS_DESCRIBED).map(destinationOf)
    const unlisted = this.firstFlows.size - listed.length
    let more = unlisted > 0 ? ` and ${unlisted} more` : ''
    if (this.moreDestinations) more = ' and more'
    const link = this.linkedByInstance ? 'its instance id' : 'its private address'
    return (
      `${workload} assumed role ${this.role} with ${operations} at ${formatTime(first?.time ?? 0)}${again}; ` +
      `within ${Math.round(config.windowMs / 60_000)} minutes VPC Flow Logs show it reaching ${hostCount} over ` +
      `${services} (${plural(this.flowCount, 'accepted flow record')}, matched by ${link}): ${listed.join(', ')}${more}.`
    )
  }

  /** The instance, pointing at the evidence that names it: a flow's source or the role session. */
  private instanceObservables(shown: RemoteServiceFlow[]): Observable[] | undefined {
    if (this.instance === undefined) return undefined
    const onFlow = shown.some((flow) => flow.source.instance === this.instance)
    const onSession = this.assumptions.some((item) => item.caller.instance === this.instance)
    if (!onFlow && !onSession) return undefined
    const name = onFlow ? 'evidences.src_endpoint.instance_uid' : 'evidences.actor.session.uid'
    return [{ name, ...OBSERVABLE_TYPES.resourceUid, value: this.instance }]
  }

  /** The role handed over, then the hosts reached. */
  private resourcesOf(hosts: string[]): ResourceDetails[] {
    const role: ResourceDetails = { type: 'AWS::IAM::Role', uid: this.role, name: roleNameOf(this.role) }
    const reached = hosts.slice(0, MAX_HOST_RESOURCES).map((host) => ({ type: 'Host', name: host, ip: host }))
    return [role, ...reached]
  }
}

/**
 * The earlier record of a connection; at the same time, the one the workload's own interface logged
 * (it names the instance), which is the record an analyst looks for first.
 */
function isBetterEvidence(candidate: RemoteServiceFlow, current: RemoteServiceFlow): boolean {
  if (candidate.time !== current.time) return candidate.time < current.time
  const candidateNamed = candidate.source.instance !== undefined
  const currentNamed = current.source.instance !== undefined
  if (candidateNamed !== currentNamed) return candidateNamed
  return compareOrdered(candidate, current) < 0
}

function destinationOf(flow: RemoteServiceFlow): string {
  return flow.destination.includes(':')
    ? `[${flow.destination}]:${flow.port}`
    : `${flow.destination}:${flow.port}`
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`
}

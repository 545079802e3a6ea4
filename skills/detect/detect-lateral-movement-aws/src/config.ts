/** The detector's settings, from its command-line options, and the allow-lists they carry. */
import { AddressRanges, type Cidr, internalRanges } from './address-ranges.ts'
import { addedService, REMOTE_SERVICE_PORTS, type RemoteService } from './mappings/remote-service-ports.ts'
import { roleNameOf } from './role-assumption.ts'
import type { Workload } from './workload.ts'

/** The ceilings of the correlation state; every one is a BoundedMap capacity or a list length. */
export interface CorrelationLimits {
  /** Workload identities (instance ids and addresses) followed on each side. */
  readonly workloads: number
  /** Role assumptions kept per workload identity, the latest in event time. */
  readonly assumptionsPerWorkload: number
  /** Qualifying flows kept per workload identity, the latest in event time. */
  readonly flowsPerWorkload: number
  /** Access keys a workload's role assumption returned, followed so a chained assumption stays its workload's. */
  readonly issuedCredentials: number
  /** Findings being built at once; past it the least recently started one is written early. */
  readonly openFindings: number
}

export const DEFAULT_LIMITS: CorrelationLimits = {
  workloads: 5_000,
  assumptionsPerWorkload: 8,
  flowsPerWorkload: 32,
  issuedCredentials: 10_000,
  openFindings: 2_000,
}

export interface LateralMovementConfig {
  /** How long after a role assumption traffic counts, and the width of one finding's window. */
  readonly windowMs: number
  readonly ports: ReadonlyMap<number, RemoteService>
  /** Distinct destination hosts from which a finding is raised one severity step. */
  readonly fanout: number
  readonly internal: AddressRanges
  readonly allowedInstances: ReadonlySet<string>
  readonly allowedAddresses: AddressRanges
  /** Role ARNs or role names workloads are expected to assume before such traffic. */
  readonly allowedRoles: ReadonlySet<string>
  readonly allowedDestinations: AddressRanges
  readonly limits: CorrelationLimits
}

export interface ConfigSettings {
  readonly windowMs: number
  readonly fanout: number
  readonly addPorts?: readonly number[]
  readonly ignorePorts?: readonly number[]
  readonly internalCidrs?: readonly Cidr[]
  readonly allowedInstances?: readonly string[]
  readonly allowedAddresses?: readonly Cidr[]
  readonly allowedRoles?: readonly string[]
  readonly allowedDestinations?: readonly Cidr[]
  readonly limits?: CorrelationLimits
}

export function lateralMovementConfig(settings: ConfigSettings): LateralMovementConfig {
  const ports = new Map(REMOTE_SERVICE_PORTS)
  for (const port of settings.ignorePorts ?? []) ports.delete(port)
  for (const port of settings.addPorts ?? []) if (!ports.has(port)) ports.set(port, addedService(port))
  return {
    windowMs: settings.windowMs,
    ports,
    fanout: settings.fanout,
    internal: internalRanges(settings.internalCidrs ?? []),
    allowedInstances: new Set(settings.allowedInstances ?? []),
    allowedAddresses: new AddressRanges(settings.allowedAddresses ?? []),
    allowedRoles: new Set(settings.allowedRoles ?? []),
    allowedDestinations: new AddressRanges(settings.allowedDestinations ?? []),
    limits: settings.limits ?? DEFAULT_LIMITS,
  }
}

/** Bastion hosts, CI runners and configuration-management servers the user named with --allow-workload. */
export function isAllowedWorkload(config: LateralMovementConfig, workload: Workload): boolean {
  if (workload.instance !== undefined && config.allowedInstances.has(workload.instance)) return true
  return config.allowedAddresses.has(workload.address)
}

/** A role named by ARN or by name (the part after `role/`, without its path). */
export function isAllowedRole(config: LateralMovementConfig, roleArn: string): boolean {
  return config.allowedRoles.has(roleArn) || config.allowedRoles.has(roleNameOf(roleArn))
}

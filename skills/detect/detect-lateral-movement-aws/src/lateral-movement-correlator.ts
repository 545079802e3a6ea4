/**
 * Pairs role assumptions with the east-west flows that followed them, whichever log arrives first.
 * Each side is filed under its workload's identities as it arrives and looked up by the other side's;
 * a pair counts when the flow's capture window ends after the call and starts within the window of it.
 * Pairs gather into one finding per workload, role and window. Findings are written at the end of the
 * input, because in a merged stream no window is complete before then, or early when the bound on open
 * findings is reached.
 */
import type { Correlator, Detection } from '#shared/detect/index.ts'
import type { OcsfEvent } from '#shared/ocsf/index.ts'
import { BoundedMap } from '#shared/state/index.ts'
import { isAllowedRole, isAllowedWorkload, type LateralMovementConfig } from './config.ts'
import { LateralMovementFinding } from './lateral-movement-finding.ts'
import { type RemoteServiceFlow, remoteServiceFlowOf } from './remote-service-flow.ts'
import { type RoleAssumption, roleAssumptionOf } from './role-assumption.ts'
import { linkOf, type Workload, workloadKeys } from './workload.ts'
import { WorkloadStore } from './workload-store.ts'

/**
 * The findings an event already counts in. A finding pushed out early and opened again is a new object,
 * so the role assumption is counted in it again and the new finding stands on its own.
 */
interface Counted {
  readonly counted: WeakSet<LateralMovementFinding>
}

/** A role assumption with the workload it was resolved to. */
interface FiledAssumption extends RoleAssumption, Counted {
  readonly workload: Workload
}

interface FiledFlow extends RemoteServiceFlow, Counted {}

/** Who holds an issued access key: the workload, and the address the issuing call came from. */
interface CredentialHolder {
  readonly workload: Workload
  readonly sourceAddress?: string
}

export function createLateralMovementCorrelator(config: LateralMovementConfig): Correlator {
  const { limits } = config
  const assumptions = new WorkloadStore<FiledAssumption>(limits.workloads, limits.assumptionsPerWorkload)
  const flows = new WorkloadStore<FiledFlow>(limits.workloads, limits.flowsPerWorkload)
  const credentials = new BoundedMap<string, CredentialHolder>(limits.issuedCredentials)
  const findings = new BoundedMap<string, LateralMovementFinding>(limits.openFindings)

  /**
   * The workload behind a call: its own instance and address, else, for a call made with keys a
   * workload's assumption returned (role chaining) from the same address, that workload.
   */
  function resolveWorkload(assumption: RoleAssumption): Workload {
    const holder = assumption.credential === undefined ? undefined : credentials.get(assumption.credential)
    const sameSource =
      holder !== undefined &&
      (assumption.sourceAddress === undefined || assumption.sourceAddress === holder.sourceAddress)
    if (!sameSource) return assumption.caller
    return {
      instance: assumption.caller.instance ?? holder.workload.instance,
      address: assumption.caller.address ?? holder.workload.address,
    }
  }

  /** Counts the pair in its finding; returns the finding pushed out to make room, if any. */
  function pair(assumption: FiledAssumption, flow: FiledFlow): Detection[] {
    const link = linkOf(assumption.workload, flow.source)
    if (link === undefined) return []
    if (flow.end < assumption.time || flow.time - assumption.time > config.windowMs) return []
    const instance = assumption.workload.instance ?? flow.source.instance
    const windowStart = Math.floor(assumption.time / config.windowMs) * config.windowMs
    const key = [instance ?? flow.source.address, assumption.role, String(windowStart)]
    const id = key.join('\u001f')
    const pushedOut: Detection[] = []
    let finding = findings.get(id)
    if (finding === undefined) {
      finding = new LateralMovementFinding(key, instance, assumption.role)
      const evicted = findings.set(id, finding)
      if (evicted !== undefined) pushedOut.push(evicted[1].toDetection(config))
    }
    if (!assumption.counted.has(finding)) {
      assumption.counted.add(finding)
      finding.addAssumption(assumption)
    }
    if (!flow.counted.has(finding)) {
      flow.counted.add(finding)
      finding.addFlow(flow)
    }
    finding.noteLink(link)
    return pushedOut
  }

  function observeAssumption(found: RoleAssumption): Detection[] {
    const workload = resolveWorkload(found)
    if (workload.instance === undefined && workload.address === undefined) return []
    // Filed before the allow-lists: a chain through an allowed role into another role is still followed.
    if (found.issuedCredential !== undefined) {
      credentials.set(found.issuedCredential, { workload, sourceAddress: found.sourceAddress })
    }
    if (isAllowedWorkload(config, workload) || isAllowedRole(config, found.role)) return []
    const filed: FiledAssumption = { ...found, workload, counted: new WeakSet() }
    const keys = workloadKeys(workload)
    if (!assumptions.add(keys, filed)) return []
    return flows.find(keys).flatMap((flow) => pair(filed, flow))
  }

  function observeFlow(found: RemoteServiceFlow): Detection[] {
    if (isAllowedWorkload(config, found.source) || config.allowedDestinations.has(found.destination))
      return []
    const filed: FiledFlow = { ...found, counted: new WeakSet() }
    const keys = workloadKeys(found.source)
    if (!flows.add(keys, filed)) return []
    return assumptions.find(keys).flatMap((assumption) => pair(assumption, filed))
  }

  return {
    observe(event: OcsfEvent): Detection[] {
      const assumption = roleAssumptionOf(event, config.internal)
      if (assumption !== undefined) return observeAssumption(assumption)
      const flow = remoteServiceFlowOf(event, config)
      return flow === undefined ? [] : observeFlow(flow)
    },

    finish(): Detection[] {
      const open = findings.takeWhere(() => true).map(([, finding]) => finding.toDetection(config))
      return open.sort(compareDetections)
    },
  }
}

/** Oldest first, then by key, so the output order does not depend on the order pairs were found in. */
function compareDetections(a: Detection, b: Detection): number {
  const aTime = a.events[0]?.time ?? 0
  const bTime = b.events[0]?.time ?? 0
  if (aTime !== bTime) return aTime - bTime
  const aKey = a.key.join('\u001f')
  const bKey = b.key.join('\u001f')
  if (aKey === bKey) return 0
  return aKey < bKey ? -1 : 1
}

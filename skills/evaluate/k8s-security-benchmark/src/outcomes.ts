/** How controls turn objects into outcomes: one per object, with its file and line, or one for the scope. */
import { CONTROL_PLANE_NAMESPACES } from '#shared/k8s/index.ts'
import type { ControlStatus } from '#shared/ocsf/index.ts'
import type { ControlOutcome, K8sObject } from '#shared/posture/index.ts'
import type { Inventory } from './inventory.ts'
import type { Workload } from './k8s-object.ts'

export interface Judgement {
  readonly status: ControlStatus
  readonly detail: string
}

export function objectOutcome(object: K8sObject, judgement: Judgement): ControlOutcome {
  return {
    ...judgement,
    resource: object.resource,
    logSource: object.source.file,
    line: object.source.line,
  }
}

/** One outcome for everything evaluated: nothing to judge (Not Applicable), or a verdict on the whole. */
export function scopeOutcome(inventory: Inventory, judgement: Judgement): ControlOutcome {
  return { ...judgement, resource: inventory.scope }
}

export const NO_WORKLOADS: Judgement = {
  status: 'not-applicable',
  detail:
    'The input holds no workloads (Pods, Deployments, DaemonSets, StatefulSets, ReplicaSets, Jobs, CronJobs).',
}

export interface WorkloadScope {
  /**
   * CIS 5.2 asks for admission policies "for each namespace in the cluster which has user workloads";
   * the control plane's own pods (static API server pods, kube-proxy) run in kube-system by design.
   */
  readonly userNamespacesOnly?: boolean
}

/** One outcome per workload, or one Not Applicable outcome when there are none. */
export function judgeWorkloads(
  inventory: Inventory,
  judge: (workload: Workload) => Judgement,
  scope: WorkloadScope = {},
): ControlOutcome[] {
  if (inventory.workloads.length === 0) return [scopeOutcome(inventory, NO_WORKLOADS)]
  return inventory.workloads.map((workload) => {
    if (scope.userNamespacesOnly === true && CONTROL_PLANE_NAMESPACES.has(workload.namespace ?? '')) {
      return objectOutcome(workload, {
        status: 'not-applicable',
        detail: `${workload.kind} ${workload.name} runs in the control-plane namespace ${workload.namespace}, which CIS 5.2 leaves out (namespaces with user workloads).`,
      })
    }
    return objectOutcome(workload, judge(workload))
  })
}

/** A fail naming what was found (containers, volumes), or a pass with `passDetail` when nothing was. */
export function judgeProblems(
  workload: Workload,
  offending: readonly string[],
  failDetail: (list: string) => string,
  passDetail: string,
): Judgement {
  if (offending.length === 0)
    return { status: 'pass', detail: `${workload.kind} ${workload.name}: ${passDetail}` }
  return { status: 'fail', detail: `${workload.kind} ${workload.name}: ${failDetail(offending.join(', '))}` }
}

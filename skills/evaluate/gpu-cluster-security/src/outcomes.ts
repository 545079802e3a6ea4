/** How controls turn the inventory into outcomes: one per GPU workload, node or namespace, or one for the cluster. */
import type { ControlStatus } from '#shared/ocsf/index.ts'
import {
  type ControlOutcome,
  type Evidence,
  type EvidenceJudgement,
  judgeEvidence,
} from '#shared/posture/index.ts'
import type { GpuInventory, Located } from './inventory.ts'

export interface Judgement {
  readonly status: ControlStatus
  readonly detail: string
  /** The line that decides the outcome; the resource's own line otherwise. */
  readonly line?: number
}

export const NO_GPU_WORKLOADS =
  'The input holds no GPU workload (a pod spec requesting nvidia.com resources or mapping NVIDIA devices).'

function outcomeOf(subject: Located, judgement: Judgement): ControlOutcome {
  const { line, ...rest } = judgement
  return { ...rest, resource: subject.resource, logSource: subject.file, line: line ?? subject.line }
}

/** One outcome per subject, or one Not Applicable outcome for the scope when there is none. */
export function judgeEach<Subject extends Located>(
  inventory: GpuInventory,
  subjects: readonly Subject[],
  none: string,
  judge: (subject: Subject) => Judgement,
): ControlOutcome[] {
  if (subjects.length === 0)
    return [{ status: 'not-applicable', detail: none, resource: inventory.scope, logSource: inventory.file }]
  return subjects.map((subject) => outcomeOf(subject, judge(subject)))
}

/** One outcome for the cluster, Not Applicable when the input shows no GPU at all. */
export function judgeCluster<Value>(
  inventory: GpuInventory,
  evidence: Evidence<Value>,
  judge: (value: Value) => { status: ControlStatus; detail: string },
): ControlOutcome[] {
  const subject: Located = { resource: inventory.scope, file: inventory.file }
  if (!inventory.hasGpus)
    return [
      outcomeOf(subject, {
        status: 'not-applicable',
        detail: 'The input holds no GPU node or GPU workload.',
      }),
    ]
  const judgement: EvidenceJudgement = judgeEvidence('The cluster', evidence, judge)
  return [outcomeOf(subject, judgement)]
}

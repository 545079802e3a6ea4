/** A posture control: benchmark metadata and a pure evaluation of a collected subject, one outcome per resource. */
import type { Cloud, ComplianceControl, ControlStatus, ResourceDetails } from '../ocsf/index.ts'

export interface ControlOutcome {
  readonly status: ControlStatus
  /** Why, for this resource, in one sentence. */
  readonly detail: string
  readonly resource: ResourceDetails
  readonly cloud?: Cloud
  /** The file the outcome comes from, when a run reads several; else the evaluation's own. */
  readonly logSource?: string
  /** The line of the evaluated file the outcome points at, when there is one (a Dockerfile instruction). */
  readonly line?: number
}

export interface PostureControl<Subject> extends ComplianceControl {
  /**
   * The parts of the subject the control reads (snapshot sections such as "iam.credentialReport").
   * When collecting any of them failed, the control reports Unknown with the collection error instead
   * of evaluating: a failed collection is never a pass.
   */
  readonly sections: readonly string[]
  evaluate(subject: Subject): readonly ControlOutcome[]
}

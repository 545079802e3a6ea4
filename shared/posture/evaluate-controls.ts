/** Runs controls over a subject and builds one Compliance Finding per control and resource. */
import {
  type Benchmark,
  buildComplianceFinding,
  type Cloud,
  type ComplianceFinding,
  type ResourceDetails,
} from '../ocsf/index.ts'
import type { PostureControl } from './control.ts'

export interface Evaluation<Subject> {
  readonly skill: string
  readonly benchmark: Benchmark
  readonly controls: readonly PostureControl<Subject>[]
  readonly subject: Subject
  /** Sections whose collection failed, with the one-line reason (access denied, throttled, region disabled). */
  readonly sectionErrors: Readonly<Record<string, string>>
  /** When the configuration was observed: the snapshot's collection time. */
  readonly time: number
  /** The account, project, subscription or file evaluated: the resource of an Unknown outcome. */
  readonly scope: ResourceDetails
  readonly cloud?: Cloud
  /** The snapshot or configuration file, for SARIF locations. */
  readonly logSource?: string
}

function withProvenance(
  finding: ComplianceFinding,
  logSource: string | undefined,
  line: number | undefined,
): ComplianceFinding {
  if (logSource === undefined) return finding
  return { ...finding, metadata: { ...finding.metadata, log_source: logSource, sequence: line } }
}

export function evaluateControls<Subject>(evaluation: Evaluation<Subject>): ComplianceFinding[] {
  const findings: ComplianceFinding[] = []
  for (const control of evaluation.controls) {
    const failedSections = control.sections.filter(
      (section) => evaluation.sectionErrors[section] !== undefined,
    )
    if (failedSections.length > 0) {
      const reasons = failedSections
        .map((section) => `${section}: ${evaluation.sectionErrors[section]}`)
        .join('; ')
      findings.push(
        withProvenance(
          buildComplianceFinding({
            skill: evaluation.skill,
            benchmark: evaluation.benchmark,
            control,
            status: 'unknown',
            detail: `Could not evaluate: collection failed (${reasons}).`,
            resource: evaluation.scope,
            cloud: evaluation.cloud,
            time: evaluation.time,
          }),
          evaluation.logSource,
          undefined,
        ),
      )
      continue
    }
    for (const outcome of control.evaluate(evaluation.subject)) {
      findings.push(
        withProvenance(
          buildComplianceFinding({
            skill: evaluation.skill,
            benchmark: evaluation.benchmark,
            control,
            status: outcome.status,
            detail: outcome.detail,
            resource: outcome.resource,
            cloud: outcome.cloud ?? evaluation.cloud,
            time: evaluation.time,
          }),
          outcome.logSource ?? evaluation.logSource,
          outcome.line,
        ),
      )
    }
  }
  return findings
}

/** Builds Compliance Finding (2003) events: one per control and resource, whatever the outcome. */
import { stableUid } from '../json/canonical.ts'
import { attacksFor, type TechniqueRef } from '../mitre/attacks.ts'
import { FINDING_STATUS, type SeverityName, severity } from './enums.ts'
import { COMPLIANCE_FINDING, classification } from './event-classes.ts'
import { buildMetadata } from './metadata.ts'
import type { ComplianceFinding } from './schema/classes.ts'
import type { Cloud, ResourceDetails } from './schema/objects.ts'

/** A control's outcome for one resource. `unknown`: the collection failed or the input cannot tell; never a pass. */
export type ControlStatus = 'pass' | 'fail' | 'unknown' | 'not-applicable'

const COMPLIANCE_STATUS: Readonly<Record<ControlStatus, { status_id: 0 | 1 | 3 | 99; status: string }>> = {
  pass: { status_id: 1, status: 'Pass' },
  fail: { status_id: 3, status: 'Fail' },
  unknown: { status_id: 0, status: 'Unknown' },
  'not-applicable': { status_id: 99, status: 'Not Applicable' },
}

export interface Benchmark {
  /** The benchmark's exact name, e.g. "CIS Amazon Web Services Foundations Benchmark". */
  readonly name: string
  /** Its version as published, e.g. "v3.0.0". */
  readonly version: string
}

export interface ComplianceControl {
  /** The benchmark's own control number, e.g. "1.4". */
  readonly id: string
  readonly title: string
  /** Severity of a failure; a pass is informational. */
  readonly severity: SeverityName
  readonly attacks?: readonly TechniqueRef[]
  /** Framework requirements the control supports, e.g. "NIST CSF 2.0 PR.AA-01", "SOC 2 CC6.1". */
  readonly requirements: readonly string[]
  readonly remediation: string
  readonly references?: readonly string[]
}

export interface ComplianceFindingInput {
  readonly skill: string
  readonly benchmark: Benchmark
  readonly control: ComplianceControl
  readonly status: ControlStatus
  /** Why this outcome, for this resource, in one sentence. */
  readonly detail: string
  readonly resource: ResourceDetails
  readonly cloud?: Cloud
  /** When the configuration was observed (the snapshot's time), so reruns of one snapshot are identical. */
  readonly time: number
}

export function buildComplianceFinding(input: ComplianceFindingInput): ComplianceFinding {
  const { benchmark, control, status } = input
  const standard = `${benchmark.name} ${benchmark.version}`
  const resourceKey = input.resource.uid ?? input.resource.name ?? ''
  const uid = stableUid(standard, control.id, input.resource.type, resourceKey)
  const failed = status === 'fail'
  const finding: ComplianceFinding = {
    ...classification(COMPLIANCE_FINDING, 1),
    ...severity(failed ? control.severity : 'informational'),
    ...(status === 'pass' ? FINDING_STATUS.resolved : FINDING_STATUS.new),
    time: input.time,
    message: `${control.id} ${control.title}: ${COMPLIANCE_STATUS[status].status} for ${resourceKey}`,
    metadata: buildMetadata(input.skill, {
      uid,
      profiles: input.cloud === undefined ? undefined : ['cloud'],
    }),
    compliance: {
      standards: [standard],
      control: control.id,
      desc: control.title,
      requirements: control.requirements.length > 0 ? [...control.requirements] : undefined,
      ...COMPLIANCE_STATUS[status],
      status_details: [input.detail],
    },
    finding_info: {
      uid,
      title: control.title,
      desc: input.detail,
      analytic: { uid: `${standard} ${control.id}`, name: control.title, type_id: 1, type: 'Rule' },
      attacks:
        control.attacks === undefined || control.attacks.length === 0
          ? undefined
          : attacksFor(control.attacks),
    },
    remediation: {
      desc: control.remediation,
      references: control.references === undefined ? undefined : [...control.references],
    },
    resources: [input.resource],
    cloud: input.cloud,
  }
  return JSON.parse(JSON.stringify(finding)) as ComplianceFinding
}

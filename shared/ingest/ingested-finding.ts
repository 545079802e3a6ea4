/**
 * Findings another product raised (GuardDuty, Security Hub), carried into OCSF as Detection (2004) or
 * Compliance (2003) Findings. Unlike the toolkit's own findings they are not judged again: they keep the
 * source's finding id, severity, times and analytic, and their time comes from the source, never the clock.
 */
import { compact, type JsonObject } from '../json/index.ts'
import {
  type Analytic,
  type Attack,
  buildMetadata,
  type Cloud,
  COMPLIANCE_FINDING,
  type Compliance,
  type ComplianceFinding,
  classification,
  DETECTION_FINDING,
  type DetectionFinding,
  dedupeObservables,
  type Evidences,
  FINDING_STATUS,
  type FindingInfo,
  OBSERVABLE_TYPES,
  type Observable,
  observablesOf,
  type Product,
  type Remediation,
  type ResourceDetails,
  type SeverityName,
  severity,
} from '../ocsf/index.ts'
import { type Provenance, provenanceMetadata } from './provenance.ts'

/** Create for a finding's first version, Update for a later one, Close when the source archived it. */
export type FindingActivity = 'create' | 'update' | 'close'

const ACTIVITY_IDS: Readonly<Record<FindingActivity, 1 | 2 | 3>> = { create: 1, update: 2, close: 3 }

export interface FindingTimes {
  /** When the source created the finding (finding_info.created_time). */
  readonly created?: number
  /** When the source last updated it (finding_info.modified_time). */
  readonly modified?: number
  /** The first and last time the activity behind it was seen. */
  readonly firstSeen?: number
  readonly lastSeen?: number
}

export interface IngestedFindingInput {
  /** The ingesting skill, recorded as metadata.product.feature.name. */
  readonly skill: string
  /** The source's own finding id: finding_info.uid. */
  readonly findingUid: string
  /** Another id the source gives the finding, such as its ARN: finding_info.uid_alt. */
  readonly findingUidAlt?: string
  /** metadata.uid: one per version of the finding, so reruns give the same id. */
  readonly eventUid: string
  readonly provenance: Provenance
  readonly activity: FindingActivity
  readonly severity: SeverityName
  readonly status: keyof typeof FINDING_STATUS
  readonly isAlert: boolean
  readonly title: string
  readonly desc?: string
  /** What raised it: the finding type or generator as `uid`, which converters use as the rule id. */
  readonly analytic: Analytic
  /** The product that raised it (GuardDuty, or the product behind a Security Hub finding). */
  readonly product?: Product
  readonly types?: readonly string[]
  readonly attacks?: readonly Attack[]
  readonly times?: FindingTimes
  readonly srcUrl?: string
  readonly evidences?: readonly Evidences[]
  readonly resources?: readonly ResourceDetails[]
  readonly cloud?: Cloud
  /** The source's confidence, 0 to 100. */
  readonly confidenceScore?: number
  /** How many times the source saw the activity behind the finding. */
  readonly count?: number
  readonly remediation?: Remediation
  /** metadata.labels besides the provenance ones (for example "sample" for a vendor's sample finding). */
  readonly labels?: readonly string[]
  readonly unmapped?: JsonObject
}

function nonEmpty<T>(items: readonly T[] | undefined): T[] | undefined {
  return items === undefined || items.length === 0 ? undefined : [...items]
}

function resourceObservables(resources: readonly ResourceDetails[]): Observable[] {
  const observables: Observable[] = []
  for (const resource of resources) {
    if (resource.uid !== undefined && resource.uid.length > 0) {
      observables.push({ name: 'resources.uid', ...OBSERVABLE_TYPES.resourceUid, value: resource.uid })
    }
  }
  return observables
}

function labelsOf(input: IngestedFindingInput): string[] | undefined {
  const labels = [...(provenanceMetadata(input.provenance).labels ?? []), ...(input.labels ?? [])]
  return nonEmpty(labels)
}

function findingInfoOf(input: IngestedFindingInput): FindingInfo {
  const times = input.times ?? {}
  return compact({
    uid: input.findingUid,
    uid_alt: input.findingUidAlt,
    title: input.title,
    desc: input.desc,
    types: nonEmpty(input.types),
    analytic: input.analytic,
    product: input.product,
    attacks: nonEmpty(input.attacks),
    created_time: times.created,
    modified_time: times.modified,
    first_seen_time: times.firstSeen,
    last_seen_time: times.lastSeen,
    src_url: input.srcUrl,
  })
}

function profilesOf(input: IngestedFindingInput, classProfiles: readonly string[]): string[] | undefined {
  const profiles = input.cloud === undefined ? [...classProfiles] : ['cloud', ...classProfiles]
  return profiles.length > 0 ? profiles : undefined
}

/**
 * The attributes Detection and Compliance Findings share, in the order they are written. `classProfiles`
 * are the profiles the class needs for them: Compliance Finding has is_alert from security_control.
 */
function commonPart(input: IngestedFindingInput, classProfiles: readonly string[]) {
  const evidences = nonEmpty(input.evidences)
  const resources = nonEmpty(input.resources)
  return {
    ...severity(input.severity),
    ...FINDING_STATUS[input.status],
    confidence_score: input.confidenceScore,
    count: input.count,
    time: input.provenance.eventTime.time,
    message: input.title,
    is_alert: input.isAlert,
    metadata: buildMetadata(input.skill, {
      uid: input.eventUid,
      profiles: profilesOf(input, classProfiles),
      ...provenanceMetadata(input.provenance),
      labels: labelsOf(input),
    }),
    finding_info: findingInfoOf(input),
    evidences,
    observables: dedupeObservables([
      ...observablesOf(evidences ?? []),
      ...resourceObservables(resources ?? []),
    ]),
    resources,
    remediation: input.remediation,
    cloud: input.cloud,
    unmapped: input.unmapped,
  }
}

export function buildIngestedDetectionFinding(input: IngestedFindingInput): DetectionFinding {
  return {
    ...classification(DETECTION_FINDING, ACTIVITY_IDS[input.activity]),
    ...commonPart(input, []),
  }
}

export function buildIngestedComplianceFinding(
  input: IngestedFindingInput & { readonly compliance: Compliance },
): ComplianceFinding {
  return {
    ...classification(COMPLIANCE_FINDING, ACTIVITY_IDS[input.activity]),
    ...commonPart(input, ['security_control']),
    compliance: input.compliance,
  }
}

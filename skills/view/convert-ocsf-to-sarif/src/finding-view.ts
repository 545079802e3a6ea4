/** The parts of a Detection (2004) or failed Compliance (2003) Finding that become a SARIF result. */

import type { Location } from '#shared/io/index.ts'
import { asArray, asInt, asObject, asString, path } from '#shared/json/index.ts'

export interface AttackRef {
  readonly techniqueId: string
  readonly techniqueName: string
  readonly tacticId?: string
  readonly tacticName?: string
}

export interface FindingView {
  readonly uid: string
  readonly ruleId: string
  readonly ruleName: string
  /** Why the rule matters (finding_info.analytic.desc), when the finding says. */
  readonly ruleDesc: string | undefined
  readonly title: string
  readonly desc: string | undefined
  readonly severityId: number
  readonly time: number
  readonly classUid: number
  readonly attacks: readonly AttackRef[]
  /** The log (or configuration) the finding points at, and the line there, when known. */
  readonly logSource: string | undefined
  readonly line: number | undefined
  /** Where the finding itself was read from: the fallback location. */
  readonly readFrom: Location
  readonly remediation: string | undefined
  readonly standards: readonly string[]
}

function attacksOf(finding: Record<string, unknown>): AttackRef[] {
  const refs: AttackRef[] = []
  for (const item of asArray(path(finding, 'finding_info', 'attacks')) ?? []) {
    const sub = asObject(path(item, 'sub_technique'))
    const technique = asObject(path(item, 'technique'))
    const chosen = asString(sub?.uid) === undefined ? technique : sub
    const techniqueId = asString(chosen?.uid)
    if (techniqueId === undefined) continue
    refs.push({
      techniqueId,
      techniqueName: asString(chosen?.name) ?? techniqueId,
      tacticId: asString(path(item, 'tactic', 'uid')),
      tacticName: asString(path(item, 'tactic', 'name')),
    })
  }
  return refs
}

export type ViewResult =
  | { readonly view: FindingView }
  | { readonly dropReason: string }
  | { readonly skipReason: string }

/** Reads a finding; detections and failed compliance checks become results, everything else is dropped. */
export function viewOf(record: unknown, readFrom: Location): ViewResult {
  const finding = asObject(record)
  if (finding === undefined) return { skipReason: 'not a JSON object' }
  const classUid = asInt(finding.class_uid)
  if (classUid !== 2004 && classUid !== 2003) return { dropReason: 'not a Detection or Compliance Finding' }
  if (classUid === 2003 && asInt(path(finding, 'compliance', 'status_id')) !== 3) {
    return { dropReason: 'compliance check that did not fail' }
  }
  const uid = asString(path(finding, 'finding_info', 'uid'))
  const title = asString(path(finding, 'finding_info', 'title')) ?? asString(finding.message)
  const time = asInt(finding.time)
  if (uid === undefined || title === undefined || time === undefined) {
    return { skipReason: 'finding without finding_info.uid, a title or a time' }
  }
  const ruleId =
    asString(path(finding, 'finding_info', 'analytic', 'uid')) ??
    asString(path(finding, 'compliance', 'control')) ??
    title
  return {
    view: {
      uid,
      ruleId,
      ruleName: asString(path(finding, 'finding_info', 'analytic', 'name')) ?? title,
      ruleDesc: asString(path(finding, 'finding_info', 'analytic', 'desc')),
      title,
      desc: asString(path(finding, 'finding_info', 'desc')),
      severityId: asInt(finding.severity_id) ?? 0,
      time,
      classUid,
      attacks: attacksOf(finding),
      logSource: asString(path(finding, 'metadata', 'log_source')),
      line: asInt(path(finding, 'metadata', 'sequence')),
      readFrom,
      remediation: asString(path(finding, 'remediation', 'desc')),
      standards: (asArray(path(finding, 'compliance', 'standards')) ?? []).filter(
        (item) => typeof item === 'string',
      ),
    },
  }
}

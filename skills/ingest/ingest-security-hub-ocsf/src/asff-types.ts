/**
 * ASFF finding types, `namespace/category/classifier`: what kind of finding it is and, in the TTPs
 * namespace, the ATT&CK tactic it serves ("TTPs/Initial Access/...": the category is the tactic's name).
 * A classifier that is itself a technique id ("TTPs/Persistence/T1098") names the technique too.
 */
import { attackTacticIdOf } from '#shared/mitre/index.ts'

/** The Types of configuration checks against a standard: these become Compliance Findings. */
const STANDARDS_CHECKS = 'Software and Configuration Checks/Industry and Regulatory Standards'

export interface TypeAttackHints {
  readonly tacticIds: readonly string[]
  /** Classifiers of TTP types, where a technique id may be written. */
  readonly techniqueTexts: readonly string[]
}

export function isStandardsCheck(types: readonly string[]): boolean {
  return types.some((type) => type === STANDARDS_CHECKS || type.startsWith(`${STANDARDS_CHECKS}/`))
}

export function attackHintsOf(types: readonly string[]): TypeAttackHints {
  const tacticIds: string[] = []
  const techniqueTexts: string[] = []
  for (const type of types) {
    const [namespace, category, ...classifier] = type.split('/')
    if (namespace !== 'TTPs' || category === undefined) continue
    const tacticId = attackTacticIdOf(category)
    if (tacticId !== undefined && !tacticIds.includes(tacticId)) tacticIds.push(tacticId)
    if (classifier.length > 0) techniqueTexts.push(classifier.join('/'))
  }
  return { tacticIds, techniqueTexts }
}

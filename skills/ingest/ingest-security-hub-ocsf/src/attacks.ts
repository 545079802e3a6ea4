/**
 * The ATT&CK an ASFF finding states: the tactics and technique ids of its TTP types, and, for a GuardDuty
 * attack sequence carried in ASFF (`Detection.Sequence`), the tactics and techniques its indicators,
 * signals and description name.
 */
import { attackSequenceHints, type SourceAttacks, sourceAttacks } from '#shared/ingest/index.ts'
import { asString, asStrings, type JsonObject, path } from '#shared/json/index.ts'
import { attackHintsOf } from './asff-types.ts'

export function attacksOf(finding: JsonObject): SourceAttacks {
  const typeHints = attackHintsOf(asStrings(finding.Types))
  const sequence = path(finding, 'Detection', 'Sequence')
  if (sequence === undefined) return sourceAttacks(typeHints.tacticIds, typeHints.techniqueTexts)
  const sequenceHints = attackSequenceHints(sequence, asString(finding.Description))
  return sourceAttacks(
    [...typeHints.tacticIds, ...sequenceHints.tacticIds],
    [...typeHints.techniqueTexts, ...sequenceHints.techniqueTexts],
  )
}

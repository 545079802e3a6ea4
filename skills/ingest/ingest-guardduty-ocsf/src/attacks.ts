/**
 * The ATT&CK a GuardDuty finding states: the tactic its threat purpose is based on, and for an attack
 * sequence the tactics and techniques its indicators, signals and description name. Only a sequence's
 * text is searched for technique ids: other findings' descriptions are prose about hosts and users.
 */
import { attackSequenceHints, type SourceAttacks, sourceAttacks } from '#shared/ingest/index.ts'
import { asString, type JsonObject, pathOfEitherCase } from '#shared/json/index.ts'
import type { FindingTypeParts } from './finding-type.ts'
import { THREAT_PURPOSE_TACTICS } from './mappings/threat-purposes.ts'

export function attacksOf(finding: JsonObject, typeParts: FindingTypeParts | undefined): SourceAttacks {
  const purpose = typeParts?.threat_purpose
  const purposeTactic = purpose === undefined ? undefined : THREAT_PURPOSE_TACTICS[purpose]
  const tacticIds = purposeTactic === undefined ? [] : [purposeTactic]
  const sequence = pathOfEitherCase(finding, 'service', 'detection', 'sequence')
  if (purpose !== 'AttackSequence' && sequence === undefined) return sourceAttacks(tacticIds, [])
  const hints = attackSequenceHints(sequence, asString(pathOfEitherCase(finding, 'description')))
  return sourceAttacks([...tacticIds, ...hints.tacticIds], hints.techniqueTexts)
}

/**
 * ATT&CK entries of a finding another product raised, from what the finding itself states: the tactics
 * its classification names and the technique ids written in it (GuardDuty attack sequences list them in
 * their description and indicators). Techniques the pinned catalogue holds become full entries; the
 * others are returned by id for the caller to keep, never dropped silently and never invented.
 */
import { asArray, asString, asStrings, pathOfEitherCase } from '../json/index.ts'
import {
  type Attack,
  attacksFor,
  attackTacticIdOf,
  findTechnique,
  type TacticAttack,
  tacticAttack,
} from '../mitre/index.ts'

/** What a finding states about ATT&CK: tactic ids, and the texts that may name technique ids. */
export interface AttackHints {
  readonly tacticIds: readonly string[]
  readonly techniqueTexts: readonly string[]
}

export interface SourceAttacks {
  readonly attacks: ReadonlyArray<Attack | TacticAttack>
  /** Technique ids the finding names that the pinned catalogue lacks. */
  readonly unpinnedTechniques: readonly string[]
}

const TECHNIQUE_ID = /\bT\d{4}(?:\.\d{3})?\b/g

/** Technique ids in the texts, in order of first appearance. */
function techniqueIdsIn(texts: readonly string[]): string[] {
  const ids = new Set<string>()
  for (const text of texts) for (const match of text.matchAll(TECHNIQUE_ID)) ids.add(match[0])
  return [...ids]
}

function isPinned(techniqueId: string): boolean {
  if (findTechnique(techniqueId) === undefined) return false
  const dot = techniqueId.indexOf('.')
  return dot === -1 || findTechnique(techniqueId.slice(0, dot)) !== undefined
}

/**
 * One entry per pinned technique and tactic: the tactics the finding states that the technique serves,
 * or all of the technique's tactics when it states none of them. Then a tactic-only entry for each
 * stated tactic no technique entry carries. Tactic ids must be pinned ATT&CK tactics.
 */
export function sourceAttacks(
  tacticIds: readonly string[],
  techniqueTexts: readonly string[],
): SourceAttacks {
  const stated = new Set(tacticIds)
  const attacks: Array<Attack | TacticAttack> = []
  const unpinnedTechniques: string[] = []
  for (const id of techniqueIdsIn(techniqueTexts)) {
    if (!isPinned(id)) {
      unpinnedTechniques.push(id)
      continue
    }
    const statedTactics = (findTechnique(id)?.tactics ?? []).filter((tactic) => stated.has(tactic))
    const refs = statedTactics.length > 0 ? statedTactics.map((tactic) => `${tactic}:${id}`) : [id]
    attacks.push(...attacksFor(refs))
  }
  const covered = new Set(attacks.map((attack) => attack.tactic.uid))
  for (const tacticId of stated) {
    if (covered.has(tacticId)) continue
    covered.add(tacticId)
    attacks.push(tacticAttack(tacticId))
  }
  return { attacks, unpinnedTechniques }
}

/**
 * The hints of a GuardDuty attack sequence (`service.detection.sequence` in GuardDuty, `Detection.Sequence`
 * in ASFF, camelCase or PascalCase): the tactics of its ATTACK_TACTIC indicators, and its description, its
 * ATTACK_TECHNIQUE indicators and its signals as texts naming techniques.
 */
export function attackSequenceHints(sequence: unknown, findingDescription: string | undefined): AttackHints {
  const at = pathOfEitherCase
  const tacticIds: string[] = []
  const techniqueTexts = [findingDescription, asString(at(sequence, 'description'))]
  for (const indicator of asArray(at(sequence, 'sequenceIndicators')) ?? []) {
    const key = asString(at(indicator, 'key'))
    for (const value of asStrings(at(indicator, 'values'))) {
      if (key === 'ATTACK_TECHNIQUE') techniqueTexts.push(value)
      const tacticId = key === 'ATTACK_TACTIC' ? attackTacticIdOf(value) : undefined
      if (tacticId !== undefined) tacticIds.push(tacticId)
    }
  }
  for (const signal of asArray(at(sequence, 'signals')) ?? []) {
    techniqueTexts.push(asString(at(signal, 'description')), asString(at(signal, 'name')))
  }
  return { tacticIds, techniqueTexts: techniqueTexts.filter((text) => text !== undefined) }
}

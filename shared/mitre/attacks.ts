/** Builds OCSF `attack` objects from technique references, with names and tactics from the pinned catalogues. */
import { ATLAS_TACTICS, ATLAS_TECHNIQUES, ATLAS_VERSION } from './atlas-catalogue.ts'
import { ATTACK_TACTICS, ATTACK_TECHNIQUES, ATTACK_VERSION } from './attack-catalogue.ts'
import type { CatalogueTechnique } from './catalogue-types.ts'

/**
 * A technique reference: `T1552.007` or `AML.T0051` stands for the technique under every tactic it serves;
 * `TA0006:T1552.007` or `AML.TA0005:AML.T0051` pins one tactic, as Panther and Sigma write it.
 */
export type TechniqueRef = string

/** An OCSF `attack` object as this catalogue fills it. */
export interface Attack {
  tactic: { uid: string; name?: string }
  technique: { uid: string; name: string }
  sub_technique?: { uid: string; name: string }
  version: string
}

export class UnknownTechniqueError extends Error {
  constructor(ref: string, reason: string) {
    super(`MITRE reference ${ref}: ${reason}`)
    this.name = 'UnknownTechniqueError'
  }
}

interface Catalogue {
  readonly version: string
  readonly tactics: Readonly<Record<string, string>>
  readonly techniques: Readonly<Record<string, CatalogueTechnique>>
}

const ATTACK: Catalogue = { version: ATTACK_VERSION, tactics: ATTACK_TACTICS, techniques: ATTACK_TECHNIQUES }
const ATLAS: Catalogue = { version: ATLAS_VERSION, tactics: ATLAS_TACTICS, techniques: ATLAS_TECHNIQUES }

function catalogueOf(techniqueId: string): Catalogue {
  return techniqueId.startsWith('AML.') ? ATLAS : ATTACK
}

/** The catalogue entry for a technique id, or undefined when the id is not pinned. */
export function findTechnique(techniqueId: string): CatalogueTechnique | undefined {
  return catalogueOf(techniqueId).techniques[techniqueId]
}

/** Splits `TA0006:T1552.007` into its tactic and technique; a bare technique id has no tactic. */
function parseRef(ref: TechniqueRef): { tacticId: string | undefined; techniqueId: string } {
  const separator = ref.lastIndexOf(':')
  if (separator === -1) return { tacticId: undefined, techniqueId: ref }
  return { tacticId: ref.slice(0, separator), techniqueId: ref.slice(separator + 1) }
}

/** The technique's own entry and, for a sub-technique, its parent's. */
function resolve(ref: TechniqueRef) {
  const { tacticId, techniqueId } = parseRef(ref)
  const catalogue = catalogueOf(techniqueId)
  const technique = catalogue.techniques[techniqueId]
  if (technique === undefined) throw new UnknownTechniqueError(ref, 'not in the pinned catalogue')
  const dot = techniqueId.lastIndexOf('.')
  const isSub = techniqueId.startsWith('AML.') ? techniqueId.split('.').length === 3 : dot !== -1
  const parentId = isSub ? techniqueId.slice(0, dot) : undefined
  const parent = parentId === undefined ? undefined : catalogue.techniques[parentId]
  if (parentId !== undefined && parent === undefined)
    throw new UnknownTechniqueError(ref, 'parent not pinned')
  const tacticIds = tacticId === undefined ? technique.tactics : [tacticId]
  for (const id of tacticIds) {
    if (!technique.tactics.includes(id)) throw new UnknownTechniqueError(ref, `${id} is not a tactic of it`)
  }
  return { catalogue, techniqueId, technique, parentId, parent, tacticIds }
}

/** Throws UnknownTechniqueError for a reference the catalogues cannot resolve; rule runners call it at start-up. */
export function assertTechniqueRefs(refs: readonly TechniqueRef[]): void {
  for (const ref of refs) resolve(ref)
}

/** One OCSF attack entry per technique and tactic, in the order given. */
export function attacksFor(refs: readonly TechniqueRef[]): Attack[] {
  const attacks: Attack[] = []
  for (const ref of refs) {
    const { catalogue, techniqueId, technique, parentId, parent, tacticIds } = resolve(ref)
    for (const tacticId of tacticIds) {
      const tactic = { uid: tacticId, name: catalogue.tactics[tacticId] }
      if (parentId !== undefined && parent !== undefined) {
        attacks.push({
          tactic,
          technique: { uid: parentId, name: parent.name },
          sub_technique: { uid: techniqueId, name: technique.name },
          version: catalogue.version,
        })
      } else {
        attacks.push({
          tactic,
          technique: { uid: techniqueId, name: technique.name },
          version: catalogue.version,
        })
      }
    }
  }
  return attacks
}

/** An OCSF `attack` entry naming a tactic only, for sources that state the tactic and no technique. */
export interface TacticAttack {
  tactic: { uid: string; name: string }
  version: string
}

/** The attack entry of an ATT&CK tactic id; throws UnknownTechniqueError for an id the catalogue lacks. */
export function tacticAttack(tacticId: string): TacticAttack {
  const name = ATTACK.tactics[tacticId]
  if (name === undefined) throw new UnknownTechniqueError(tacticId, 'not a pinned ATT&CK tactic')
  return { tactic: { uid: tacticId, name }, version: ATTACK.version }
}

function squeeze(name: string): string {
  return name.toLowerCase().replace(/[^a-z]/g, '')
}

/**
 * The ATT&CK tactic id of a tactic name, whatever its case and spacing ("Privilege Escalation",
 * "PrivilegeEscalation"), as vendors write them; undefined for a name that is not an Enterprise tactic.
 */
export function attackTacticIdOf(name: string): string | undefined {
  const wanted = squeeze(name)
  if (wanted.length === 0) return undefined
  for (const [id, tacticName] of Object.entries(ATTACK.tactics)) {
    if (squeeze(tacticName) === wanted) return id
  }
  return undefined
}

/** The technique ids (sub-technique where there is one) of attack entries, deduplicated in order. */
export function techniqueIdsOf(
  attacks: ReadonlyArray<{ technique?: { uid?: string }; sub_technique?: { uid?: string } }> | undefined,
): string[] {
  const ids = new Set<string>()
  for (const attack of attacks ?? []) {
    const id = attack.sub_technique?.uid ?? attack.technique?.uid
    if (id !== undefined) ids.add(id)
  }
  return [...ids]
}

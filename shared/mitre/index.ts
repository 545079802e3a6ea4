/** The pinned MITRE ATT&CK v14 and ATLAS catalogues, and the builder of OCSF attack entries. */
export { ATLAS_TACTICS, ATLAS_TECHNIQUES, ATLAS_VERSION } from './atlas-catalogue.ts'
export { ATTACK_TACTICS, ATTACK_TECHNIQUES, ATTACK_VERSION } from './attack-catalogue.ts'
export {
  type Attack,
  assertTechniqueRefs,
  attacksFor,
  attackTacticIdOf,
  findTechnique,
  type TacticAttack,
  type TechniqueRef,
  tacticAttack,
  techniqueIdsOf,
  UnknownTechniqueError,
} from './attacks.ts'
export type { CatalogueTechnique } from './catalogue-types.ts'

/** Every pinned technique and tactic is exactly as ATT&CK v14.1 and ATLAS 5.6.0 released it. */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  ATLAS_TACTICS,
  ATLAS_TECHNIQUES,
  ATLAS_VERSION,
  ATTACK_TACTICS,
  ATTACK_TECHNIQUES,
  attacksFor,
  UnknownTechniqueError,
} from '#shared/mitre/index.ts'
import { HAS_SHARED, SHARED } from './helpers/paths.ts'

interface ReleasedTechnique {
  id: string
  name: string
  parent_id: string | null
  tactics: Array<{ id: string; name: string }>
  deprecated: boolean
  revoked: boolean
}

function load<T>(file: string): T {
  return JSON.parse(readFileSync(join(SHARED, 'mitre-attack', file), 'utf8')) as T
}

describe.runIf(HAS_SHARED)('the pinned MITRE catalogues', () => {
  const attack = new Map(
    load<{ techniques: ReleasedTechnique[] }>('enterprise-techniques-v14.json').techniques.map((t) => [
      t.id,
      t,
    ]),
  )
  const attackTactics = load<{ tactics: Array<{ id: string; name: string }> }>(
    'enterprise-tactics-v14.json',
  ).tactics
  const atlasData = load<{ atlas_data_version: string; techniques: ReleasedTechnique[] }>(
    'atlas-techniques.json',
  )
  const atlas = new Map(atlasData.techniques.map((t) => [t.id, t]))
  const atlasTactics = load<{ tactics: Array<{ id: string; name: string }> }>('atlas-tactics.json').tactics

  it('has the ATT&CK tactics of v14.1', () => {
    expect(ATTACK_TACTICS).toEqual(
      Object.fromEntries(attackTactics.map((tactic) => [tactic.id, tactic.name])),
    )
  })

  it.each(Object.entries(ATTACK_TECHNIQUES))(
    '%s is active in v14.1 with this name and these tactics',
    (id, pinned) => {
      const released = attack.get(id)
      expect(released, `${id} is not in ATT&CK v14.1`).toBeDefined()
      expect(released?.deprecated || released?.revoked).toBe(false)
      expect(pinned.name).toBe(released?.name)
      expect([...pinned.tactics].sort()).toEqual((released?.tactics ?? []).map((tactic) => tactic.id).sort())
      if (released?.parent_id) expect(ATTACK_TECHNIQUES[released.parent_id], `parent of ${id}`).toBeDefined()
    },
  )

  it('has the ATLAS tactics of its data release', () => {
    expect(ATLAS_VERSION).toBe(atlasData.atlas_data_version)
    expect(ATLAS_TACTICS).toEqual(Object.fromEntries(atlasTactics.map((tactic) => [tactic.id, tactic.name])))
  })

  it.each(Object.entries(ATLAS_TECHNIQUES))(
    '%s is in ATLAS with this name and these tactics',
    (id, pinned) => {
      const released = atlas.get(id)
      expect(released, `${id} is not in ATLAS ${atlasData.atlas_data_version}`).toBeDefined()
      expect(pinned.name).toBe(released?.name)
      const tactics = released?.parent_id ? atlas.get(released.parent_id)?.tactics : released?.tactics
      expect([...pinned.tactics].sort()).toEqual((tactics ?? []).map((tactic) => tactic.id).sort())
    },
  )
})

describe('attacksFor', () => {
  it('fills names from the catalogue, one entry per tactic, with the sub-technique under its parent', () => {
    expect(attacksFor(['T1552.007', 'TA0004:T1098'])).toEqual([
      {
        tactic: { uid: 'TA0006', name: 'Credential Access' },
        technique: { uid: 'T1552', name: 'Unsecured Credentials' },
        sub_technique: { uid: 'T1552.007', name: 'Container API' },
        version: 'v14',
      },
      {
        tactic: { uid: 'TA0004', name: 'Privilege Escalation' },
        technique: { uid: 'T1098', name: 'Account Manipulation' },
        version: 'v14',
      },
    ])
  })

  it('builds ATLAS entries with the ATLAS version', () => {
    expect(attacksFor(['AML.T0051.000'])).toEqual([
      {
        tactic: { uid: 'AML.TA0005', name: 'Execution' },
        technique: { uid: 'AML.T0051', name: 'LLM Prompt Injection' },
        sub_technique: { uid: 'AML.T0051.000', name: 'Direct' },
        version: ATLAS_VERSION,
      },
    ])
  })

  it.each([['T9999'], ['TA0001:T1552.007'], ['T1552.999']])('refuses %s', (ref) => {
    expect(() => attacksFor([ref])).toThrow(UnknownTechniqueError)
  })
})

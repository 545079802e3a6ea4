/** ATT&CK from what a finding states: tactic names, technique ids in text, and nothing the catalogue lacks. */
import { describe, expect, it } from 'vitest'
import { attackSequenceHints, sourceAttacks } from '#shared/ingest/index.ts'
import { pathOfEitherCase } from '#shared/json/index.ts'
import { attackTacticIdOf, tacticAttack, UnknownTechniqueError } from '#shared/mitre/index.ts'

describe('tactics by name', () => {
  it.each([
    ['Privilege Escalation', 'TA0004'],
    ['PrivilegeEscalation', 'TA0004'],
    ['command and control', 'TA0011'],
    ['Recon', undefined],
    ['', undefined],
  ])('%s is %s', (name, id) => {
    expect(attackTacticIdOf(name)).toBe(id)
  })

  it('builds a tactic-only entry with the catalogue name, and refuses an unpinned id', () => {
    expect(tacticAttack('TA0008')).toEqual({
      tactic: { uid: 'TA0008', name: 'Lateral Movement' },
      version: 'v14',
    })
    expect(() => tacticAttack('TA9999')).toThrow(UnknownTechniqueError)
  })
})

describe('sourceAttacks', () => {
  it('pins techniques to the stated tactics they serve, and adds the stated tactics no technique carries', () => {
    const { attacks, unpinnedTechniques } = sourceAttacks(['TA0003', 'TA0040'], ['uses T1078.004 and T1666'])
    expect(attacks).toEqual([
      {
        tactic: { uid: 'TA0003', name: 'Persistence' },
        technique: { uid: 'T1078', name: 'Valid Accounts' },
        sub_technique: { uid: 'T1078.004', name: 'Cloud Accounts' },
        version: 'v14',
      },
      { tactic: { uid: 'TA0040', name: 'Impact' }, version: 'v14' },
    ])
    expect(unpinnedTechniques).toEqual(['T1666'])
  })

  it('takes every tactic of a technique when none of them is stated', () => {
    const { attacks } = sourceAttacks([], ['T1087.004, T1087.004 again'])
    expect(attacks).toEqual([
      {
        tactic: { uid: 'TA0007', name: 'Discovery' },
        technique: { uid: 'T1087', name: 'Account Discovery' },
        sub_technique: { uid: 'T1087.004', name: 'Cloud Account' },
        version: 'v14',
      },
    ])
  })

  it('reads an attack sequence in either case', () => {
    const camel = {
      description: 'sequence',
      sequenceIndicators: [
        { key: 'ATTACK_TACTIC', values: ['Defense Evasion'] },
        { key: 'ATTACK_TECHNIQUE', values: ['T1562.008'] },
        { key: 'TOR_IP', values: ['T1000 is not read here'] },
      ],
      signals: [{ name: 'cloudtrail:StopLogging', description: 'T1070' }],
    }
    const pascal = {
      Description: 'sequence',
      SequenceIndicators: [
        { Key: 'ATTACK_TACTIC', Values: ['Defense Evasion'] },
        { Key: 'ATTACK_TECHNIQUE', Values: ['T1562.008'] },
        { Key: 'TOR_IP', Values: ['T1000 is not read here'] },
      ],
      Signals: [{ Name: 'cloudtrail:StopLogging', Description: 'T1070' }],
    }
    const expected = {
      tacticIds: ['TA0005'],
      techniqueTexts: ['finding', 'sequence', 'T1562.008', 'T1070', 'cloudtrail:StopLogging'],
    }
    expect(attackSequenceHints(camel, 'finding')).toEqual(expected)
    expect(attackSequenceHints(pascal, 'finding')).toEqual(expected)
  })
})

describe('pathOfEitherCase', () => {
  it('reads camelCase and PascalCase keys at every level, own properties only', () => {
    expect(
      pathOfEitherCase({ service: { Action: { actionType: 'X' } } }, 'service', 'action', 'actionType'),
    ).toBe('X')
    expect(pathOfEitherCase({ Service: 1 }, 'service', 'action')).toBeUndefined()
    expect(pathOfEitherCase({}, 'constructor')).toBeUndefined()
  })
})

import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readRuleCases } from '../../../../../tests/helpers/rule-cases.ts'
import { azureNsgOpenedToInternet } from '../../src/rules/azure-nsg-opened-to-internet.ts'
import { DEFAULT_CONFIG } from './test-config.ts'

const CASES = readRuleCases(join(import.meta.dirname, '..', 'fixtures', 'azure-nsg-opened-to-internet.jsonl'))

function detectionsOf(events: (typeof CASES)[number]['events'], config = DEFAULT_CONFIG) {
  const correlator = azureNsgOpenedToInternet.correlator(config)
  return events.flatMap((event) => correlator.observe(event))
}

function caseNamed(name: string) {
  const found = CASES.find((entry) => entry.name === name)
  if (found === undefined) throw new Error(`no case ${name}`)
  return found
}

describe('azure-nsg-opened-to-internet', () => {
  it.each(CASES)('$name', ({ events, expected }) => {
    expect(detectionsOf(events).length > 0).toBe(expected)
  })

  it('names the open rules, their ports and sources', () => {
    const [inline] = detectionsOf(caseNamed('a whole group written with an open SSH rule inline').events)
    expect(inline?.desc).toMatch(/: allow-ssh \(port 22 from \*\)\.$/)
    expect(inline?.confidence).toBe('medium')
    const [everything] = detectionsOf(caseNamed('every port opened to the Internet tag').events)
    expect(everything?.severity).toBe('critical')
    expect(everything?.desc).toMatch(/allow-all \(every port from Internet\)/)
  })
})

import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readRuleCases } from '../../../../../tests/helpers/rule-cases.ts'
import { azureKeyvaultSecretsBulkRead } from '../../src/rules/azure-keyvault-secrets-bulk-read.ts'
import { DEFAULT_CONFIG } from './test-config.ts'

const CASES = readRuleCases(
  join(import.meta.dirname, '..', 'fixtures', 'azure-keyvault-secrets-bulk-read.jsonl'),
)

function detectionsOf(events: (typeof CASES)[number]['events'], config = DEFAULT_CONFIG) {
  const correlator = azureKeyvaultSecretsBulkRead.correlator(config)
  return events.flatMap((event) => correlator.observe(event))
}

function caseNamed(name: string) {
  const found = CASES.find((entry) => entry.name === name)
  if (found === undefined) throw new Error(`no case ${name}`)
  return found
}

describe('azure-keyvault-secrets-bulk-read', () => {
  it.each(CASES)('$name', ({ events, expected }) => {
    expect(detectionsOf(events).length > 0).toBe(expected)
  })

  it('names every read that made up the count, and alerts on fewer with a lower threshold', () => {
    const { events } = caseNamed('ten distinct secrets read in ten seconds')
    const [detection] = detectionsOf(events)
    expect(detection?.events).toHaveLength(10)
    expect(detection?.desc).toBe('mallory@contoso.com read 10 distinct Key Vault secrets within 9s.')
    const nine = caseNamed('nine distinct secrets').events
    expect(detectionsOf(nine, { ...DEFAULT_CONFIG, secretThreshold: 9 })).toHaveLength(1)
  })

  it('counts reads farther apart than the window separately', () => {
    const { events } = caseNamed('ten distinct secrets read in ten seconds')
    expect(detectionsOf(events, { ...DEFAULT_CONFIG, windowMs: 5_000 })).toEqual([])
  })
})

import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readRuleCases } from '../../../../../tests/helpers/rule-cases.ts'
import { azureDiagnosticLoggingDeleted } from '../../src/rules/azure-diagnostic-logging-deleted.ts'
import { DEFAULT_CONFIG } from './test-config.ts'

describe('azure-diagnostic-logging-deleted', () => {
  it.each(
    readRuleCases(join(import.meta.dirname, '..', 'fixtures', 'azure-diagnostic-logging-deleted.jsonl')),
  )('$name', ({ events, expected }) => {
    const [event] = events
    if (event === undefined) throw new Error('a case needs its event')
    expect(azureDiagnosticLoggingDeleted.match(event, DEFAULT_CONFIG)).toBe(expected)
  })
})

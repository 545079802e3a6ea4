import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readRuleCases } from '../../../../../tests/helpers/rule-cases.ts'
import { azureVmRunCommand } from '../../src/rules/azure-vm-run-command.ts'
import { DEFAULT_CONFIG } from './test-config.ts'

const CASES = readRuleCases(join(import.meta.dirname, '..', 'fixtures', 'azure-vm-run-command.jsonl'))

function detectionsOf(events: (typeof CASES)[number]['events'], config = DEFAULT_CONFIG) {
  const correlator = azureVmRunCommand.correlator(config)
  return events.flatMap((event) => correlator.observe(event))
}

function caseNamed(name: string) {
  const found = CASES.find((entry) => entry.name === name)
  if (found === undefined) throw new Error(`no case ${name}`)
  return found
}

describe('azure-vm-run-command', () => {
  it.each(CASES)('$name', ({ events, expected }) => {
    expect(detectionsOf(events).length > 0).toBe(expected)
  })

  it('names the machine a run command or extension targets', () => {
    const [extension] = detectionsOf(caseNamed('Custom Script extension written').events)
    expect(extension?.desc).toBe(
      'mallory@contoso.com installed script extension CustomScriptExtension on /subscriptions/00000000-1111-2222-3333-444444444444/resourceGroups/prod-rg/providers/Microsoft.Compute/virtualMachines/db-vm-01.',
    )
    expect(extension?.key).toEqual([
      'f409edeb-4d29-44b5-9763-ee9348ad91bb',
      '/subscriptions/00000000-1111-2222-3333-444444444444/resourceGroups/prod-rg/providers/Microsoft.Compute/virtualMachines/db-vm-01',
      'installed script extension CustomScriptExtension on /subscriptions/00000000-1111-2222-3333-444444444444/resourceGroups/prod-rg/providers/Microsoft.Compute/virtualMachines/db-vm-01',
    ])
  })
})

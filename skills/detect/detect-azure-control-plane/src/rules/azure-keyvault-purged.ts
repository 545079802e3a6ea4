/**
 * A deleted Key Vault, or a deleted secret, key or certificate, purged: soft delete keeps them
 * recoverable for up to 90 days, and purging removes them for good.
 */
import type { EventRule } from '#shared/detect/index.ts'
import type { OcsfEvent } from '#shared/ocsf/index.ts'
import { type AzureCall, azureCallOf } from '../azure-call.ts'
import type { ControlPlaneConfig } from '../config.ts'

const PURGES: ReadonlyMap<string, string> = new Map([
  ['microsoft.keyvault/locations/deletedvaults/purge/action', 'purged deleted key vault'],
  ['microsoft.keyvault/locations/deletedmanagedhsms/purge/action', 'purged deleted managed HSM'],
  ['microsoft.keyvault/vaults/secrets/purge/action', 'purged deleted secret'],
  ['microsoft.keyvault/vaults/keys/purge/action', 'purged deleted key'],
  ['microsoft.keyvault/vaults/certificates/purge/action', 'purged deleted certificate'],
])

function purgeOf(event: OcsfEvent): { call: AzureCall; what: string } | undefined {
  const call = azureCallOf(event)
  if (call === undefined || call.outcome === 'failed' || call.outcome === 'in-progress') return undefined
  const what = PURGES.get(call.operation)
  return what === undefined ? undefined : { call, what }
}

export const azureKeyvaultPurged: EventRule<ControlPlaneConfig> = {
  id: 'azure-keyvault-purged',
  title: 'Key Vault or its secrets purged',
  severity: 'high',
  attacks: ['T1485'],
  classUids: [6003],
  rationale:
    'Purging is the step that makes deleting a vault, key or secret irreversible: data encrypted with a purged key is lost, and services that read a purged secret stop. It is destruction (or cover for credentials taken first), not routine clean-up, wherever purge protection is expected.',
  reference: 'https://learn.microsoft.com/en-us/azure/key-vault/general/soft-delete-overview',
  runbook:
    '1. Who purged what, and was the vault or object meant to be retired? 2. Check which data or services depended on it. 3. Turn on purge protection for the remaining vaults, and review what the caller read from them before.',
  falsePositives: ['test vaults purged to reuse their names'],
  match(event) {
    return purgeOf(event) !== undefined
  },
  describe(event) {
    const purge = purgeOf(event)
    const caller = purge?.call.callerName ?? 'unknown caller'
    const target = purge?.call.resourceId ?? '?'
    return {
      key: [purge?.call.callerKey ?? 'unknown', target],
      desc: `${caller} ${purge?.what ?? 'purged'} ${target}.`,
    }
  },
}

/**
 * One principal reads the values of many distinct Key Vault secrets (or backs them up) within a window:
 * someone harvesting credentials rather than an application loading the few it needs.
 */
import { type CorrelationRule, type Detection, DistinctTally } from '#shared/detect/index.ts'
import { azureCallOf } from '../azure-call.ts'
import type { ControlPlaneConfig } from '../config.ts'

/** getSecret returns a value; backup returns an encrypted copy restorable into another vault of the geography. */
const SECRET_READS: ReadonlySet<string> = new Set([
  'microsoft.keyvault/vaults/secrets/getsecret/action',
  'microsoft.keyvault/vaults/secrets/backup/action',
])

export const azureKeyvaultSecretsBulkRead: CorrelationRule<ControlPlaneConfig> = {
  id: 'azure-keyvault-secrets-bulk-read',
  title: 'Many Key Vault secrets read by one principal',
  severity: 'high',
  attacks: ['T1555.006'],
  classUids: [6003],
  rationale:
    'Applications read the few secrets they need; one principal reading many distinct secrets in minutes is how stolen access to a vault is turned into more credentials.',
  reference: 'https://learn.microsoft.com/en-us/azure/key-vault/general/logging',
  runbook:
    "1. Which principal, from where, and is it an application that loads its secrets at start-up? 2. List the secrets read and what each unlocks. 3. If unexpected, rotate them and revoke the principal's access to the vault.",
  falsePositives: [
    'applications or pipelines that load many secrets at start-up (raise --secret-threshold)',
    'backup and secret-rotation tooling',
  ],
  correlator(config) {
    const tally = new DistinctTally({ windowMs: config.windowMs, threshold: config.secretThreshold })
    return {
      observe(event): Detection[] {
        const call = azureCallOf(event)
        if (call === undefined || !SECRET_READS.has(call.operation)) return []
        if (call.outcome === 'failed' || call.outcome === 'in-progress' || call.resourceId === undefined)
          return []
        const outcome = tally.add(call.callerKey, [call.resourceId.toLowerCase()], event)
        if (!outcome.reached) return []
        const span = outcome.spanMs === 0 ? 'at once' : `within ${Math.round(outcome.spanMs / 1000)}s`
        const desc = outcome.first
          ? `${call.callerName} read ${outcome.count} distinct Key Vault secrets ${span}.`
          : `${call.callerName} kept reading Key Vault secrets.`
        return [{ key: [call.callerKey], desc, events: outcome.events }]
      },
    }
  },
}

/** The detector's rules, one line each; the runner refuses duplicate ids at start-up. */
import type { Rule } from '#shared/detect/index.ts'
import type { ControlPlaneConfig } from '../config.ts'
import { azureDiagnosticLoggingDeleted } from './azure-diagnostic-logging-deleted.ts'
import { azureKeyvaultPurged } from './azure-keyvault-purged.ts'
import { azureKeyvaultSecretsBulkRead } from './azure-keyvault-secrets-bulk-read.ts'
import { azureNsgOpenedToInternet } from './azure-nsg-opened-to-internet.ts'
import { azurePrivilegedRoleAssigned } from './azure-privileged-role-assigned.ts'
import { azureVmRunCommand } from './azure-vm-run-command.ts'

export const RULES: readonly Rule<ControlPlaneConfig>[] = [
  azurePrivilegedRoleAssigned,
  azureDiagnosticLoggingDeleted,
  azureNsgOpenedToInternet,
  azureVmRunCommand,
  azureKeyvaultSecretsBulkRead,
  azureKeyvaultPurged,
]

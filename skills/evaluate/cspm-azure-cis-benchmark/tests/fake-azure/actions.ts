/** The Azure RBAC action each Resource Manager operation needs, as the resource provider operations list names it. */
import type { RecordedCall } from './server.ts'

const ACTIONS: Readonly<Record<string, string>> = {
  'Storage Accounts - List': 'Microsoft.Storage/storageAccounts/read',
  'Network Security Groups - List All': 'Microsoft.Network/networkSecurityGroups/read',
  'Network Watchers - List All': 'Microsoft.Network/networkWatchers/read',
  'Flow Logs - List': 'Microsoft.Network/networkWatchers/flowLogs/read',
}

export function actionOf(call: Pick<RecordedCall, 'operation'>): string {
  return ACTIONS[call.operation] ?? `unknown(${call.operation})`
}

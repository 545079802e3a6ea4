/**
 * Azure logging removed: a diagnostic setting deleted (on any resource, a subscription's Activity Log or
 * Entra ID), a Log Analytics workspace deleted with the logs in it, or a legacy Activity Log profile deleted.
 */
import type { EventRule } from '#shared/detect/index.ts'
import type { OcsfEvent } from '#shared/ocsf/index.ts'
import { type AzureCall, azureCallOf } from '../azure-call.ts'
import type { ControlPlaneConfig } from '../config.ts'

/** Diagnostic settings live under every resource provider (`.../providers/microsoft.insights/diagnosticSettings`, `microsoft.aadiam/diagnosticSettings`). */
const DIAGNOSTIC_SETTING_DELETE = '/diagnosticsettings/delete'

const LOG_STORE_DELETES: ReadonlyMap<string, string> = new Map([
  ['microsoft.operationalinsights/workspaces/delete', 'deleted Log Analytics workspace'],
  ['microsoft.insights/logprofiles/delete', 'deleted Activity Log profile'],
])

function deletionOf(event: OcsfEvent): { call: AzureCall; what: string } | undefined {
  const call = azureCallOf(event)
  if (call === undefined || call.outcome === 'failed' || call.outcome === 'in-progress') return undefined
  if (call.operation.endsWith(DIAGNOSTIC_SETTING_DELETE)) return { call, what: 'deleted diagnostic setting' }
  const what = LOG_STORE_DELETES.get(call.operation)
  return what === undefined ? undefined : { call, what }
}

export const azureDiagnosticLoggingDeleted: EventRule<ControlPlaneConfig> = {
  id: 'azure-diagnostic-logging-deleted',
  title: 'Azure diagnostic logging deleted',
  severity: 'high',
  attacks: ['T1562.008'],
  classUids: [6003],
  rationale:
    'Diagnostic settings send resource, Activity and Entra ID logs to the SIEM and to storage; deleting one, or the workspace that holds the logs, blinds detection for that resource from then on.',
  reference: 'https://learn.microsoft.com/en-us/azure/azure-monitor/essentials/diagnostic-settings',
  runbook:
    '1. Who deleted it, and was the resource or workspace being decommissioned? 2. Recreate the setting (or recover the workspace within its soft-delete period). 3. Review what the same principal did around the change.',
  falsePositives: [
    'resources and workspaces torn down by infrastructure-as-code, which remove their settings first',
  ],
  match(event) {
    return deletionOf(event) !== undefined
  },
  describe(event) {
    const deletion = deletionOf(event)
    const caller = deletion?.call.callerName ?? 'unknown caller'
    const target = deletion?.call.resourceId ?? '?'
    return {
      key: [deletion?.call.callerKey ?? 'unknown', target],
      desc: `${caller} ${deletion?.what ?? 'deleted logging'} ${target}.`,
    }
  },
}

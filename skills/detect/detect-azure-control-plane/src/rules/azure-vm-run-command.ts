/**
 * Commands run inside virtual machines through the control plane: Run Command on a VM or scale-set
 * instance (action and managed run commands), AKS command invoke, and script extensions (Custom Script,
 * DSC) written to a VM. Each runs code as SYSTEM or root with no network path to the machine.
 */
import type { CorrelationRule, Detection } from '#shared/detect/index.ts'
import { azureCallOf } from '../azure-call.ts'
import type { ControlPlaneConfig } from '../config.ts'
import { EXTENSION_WRITES, RUN_COMMAND_OPERATIONS } from '../mappings/vm-commands.ts'
import { OperationJoin } from '../operation-join.ts'
import { scriptExtensionOf, targetOf } from '../vm-commands.ts'

export const azureVmRunCommand: CorrelationRule<ControlPlaneConfig> = {
  id: 'azure-vm-run-command',
  title: 'Command run on an Azure VM through the control plane',
  severity: 'medium',
  attacks: ['T1651'],
  classUids: [6003],
  rationale:
    'Run Command and script extensions execute code as SYSTEM or root on a virtual machine with nothing but an Azure role: no network path, no credentials for the machine, and the script itself is not in the Activity Log.',
  reference: 'https://stratus-red-team.cloud/attack-techniques/azure/azure.execution.vm-run-command/',
  runbook:
    "1. Who ran it, on which machines, and is that principal an administrator of them? 2. Read the script from the run command resource or the VM's extension status, and the guest logs. 3. If unexpected, isolate the machine and review the caller's other operations.",
  falsePositives: [
    'administrators troubleshooting a VM that cannot be reached over the network',
    'configuration management that deploys with Custom Script or DSC extensions',
  ],
  correlator() {
    const join = new OperationJoin()
    return {
      observe(event): Detection[] {
        const call = azureCallOf(event)
        if (call === undefined) return []
        const runs = RUN_COMMAND_OPERATIONS.get(call.operation)
        const isExtension = EXTENSION_WRITES.has(call.operation)
        if (runs === undefined && !isExtension) return []
        const write = join.observe(event, call)
        if (write === undefined) return []
        const target = targetOf(call)
        let what = `${runs} ${target}`
        if (isExtension) {
          const extension = scriptExtensionOf(write.bodies, call)
          if (extension === undefined) return []
          what = `installed script extension ${extension} on ${target}`
        }
        return [
          { key: [call.callerKey, target, what], desc: `${call.callerName} ${what}.`, events: write.events },
        ]
      },
    }
  },
}

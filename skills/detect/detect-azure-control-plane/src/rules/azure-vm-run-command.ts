/**
 * Commands run inside virtual machines through the control plane: Run Command on a VM or scale-set
 * instance (action and managed run commands), AKS command invoke, and script extensions (Custom Script,
 * DSC) written to a VM. Each runs code as SYSTEM or root with no network path to the machine.
 */
import type { CorrelationRule, Detection } from '#shared/detect/index.ts'
import { asString, type JsonObject, pathOfEitherCase } from '#shared/json/index.ts'
import { type AzureCall, azureCallOf } from '../azure-call.ts'
import type { ControlPlaneConfig } from '../config.ts'
import { OperationJoin } from '../operation-join.ts'

const RUN_COMMAND_OPERATIONS: ReadonlyMap<string, string> = new Map([
  ['microsoft.compute/virtualmachines/runcommand/action', 'ran a command on virtual machine'],
  ['microsoft.compute/virtualmachines/runcommands/write', 'created a managed run command on virtual machine'],
  [
    'microsoft.compute/virtualmachinescalesets/virtualmachines/runcommand/action',
    'ran a command on scale-set instance',
  ],
  [
    'microsoft.compute/virtualmachinescalesets/virtualmachines/runcommands/write',
    'created a managed run command on scale-set instance',
  ],
  ['microsoft.containerservice/managedclusters/runcommand/action', 'ran a command in AKS cluster'],
])

const EXTENSION_WRITES: ReadonlySet<string> = new Set([
  'microsoft.compute/virtualmachines/extensions/write',
  'microsoft.compute/virtualmachinescalesets/extensions/write',
])

/**
 * Extension types that run a script the caller supplies, lower-cased. Monitoring and security agents
 * are extensions too, written by policy all day, so only these are reported.
 */
const SCRIPT_EXTENSIONS: ReadonlySet<string> = new Set([
  'customscript',
  'customscriptextension',
  'customscriptforlinux',
  'dsc',
  'runcommandwindows',
  'runcommandlinux',
])

/** The extension's type from a body; without one, the extension's name, which tools default to the type. */
function scriptExtensionOf(bodies: readonly JsonObject[], call: AzureCall): string | undefined {
  for (const body of bodies) {
    const type = asString(pathOfEitherCase(body, 'properties', 'type'))
    if (type !== undefined) return SCRIPT_EXTENSIONS.has(type.toLowerCase()) ? type : undefined
  }
  const name = call.resourceName
  return name !== undefined && SCRIPT_EXTENSIONS.has(name.toLowerCase()) ? name : undefined
}

/** The virtual machine or cluster a resource id names: the segment before the run command or extension. */
function targetOf(call: AzureCall): string {
  const id = call.resourceId ?? '?'
  const nested = id.search(/\/(runcommands?|extensions)\//i)
  return nested < 0 ? id : id.slice(0, nested)
}

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
        return [{ key: [call.callerKey, target], desc: `${call.callerName} ${what}.`, events: write.events }]
      },
    }
  },
}

/** Azure operations that run code on virtual machines, and the extension types that carry a script. */
/** Operations that run a command on a machine or in a cluster, and what each one did. */
export const RUN_COMMAND_OPERATIONS: ReadonlyMap<string, string> = new Map([
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

/** Writes of a VM extension: reported when the extension runs a script. */
export const EXTENSION_WRITES: ReadonlySet<string> = new Set([
  'microsoft.compute/virtualmachines/extensions/write',
  'microsoft.compute/virtualmachinescalesets/extensions/write',
])

/**
 * Extension types that run a script the caller supplies, lower-cased. Monitoring and security agents
 * are extensions too, written by policy all day, so only these are reported.
 */
export const SCRIPT_EXTENSIONS: ReadonlySet<string> = new Set([
  'customscript',
  'customscriptextension',
  'customscriptforlinux',
  'dsc',
  'runcommandwindows',
  'runcommandlinux',
])

/** What a run command or extension write names: the script extension it installs, the machine it targets. */
import { asString, type JsonObject, pathOfEitherCase } from '#shared/json/index.ts'
import type { AzureCall } from './azure-call.ts'
import { SCRIPT_EXTENSIONS } from './mappings/vm-commands.ts'

/** The extension's type from a body; without one, the extension's name, which tools default to the type. */
export function scriptExtensionOf(bodies: readonly JsonObject[], call: AzureCall): string | undefined {
  for (const body of bodies) {
    const type = asString(pathOfEitherCase(body, 'properties', 'type'))
    if (type !== undefined) return SCRIPT_EXTENSIONS.has(type.toLowerCase()) ? type : undefined
  }
  const name = call.resourceName
  return name !== undefined && SCRIPT_EXTENSIONS.has(name.toLowerCase()) ? name : undefined
}

/** The virtual machine or cluster a resource id names: the segment before the run command or extension. */
export function targetOf(call: AzureCall): string {
  const id = call.resourceId ?? '?'
  const nested = id.search(/\/(runcommands?|extensions)\//i)
  return nested < 0 ? id : id.slice(0, nested)
}

/**
 * What an MCP message acts on, as an OCSF resource: the tool of a tools/call or a tools/list entry, the
 * resource URI of resources/read and subscriptions, the prompt of prompts/get. A tool's uid names its
 * server and name, so it stays the same when its definition changes; uid_alt is the definition's
 * fingerprint, so it changes exactly when the definition does (see OCSF_CONTRACT.md for why there).
 */
import { asString, compact, compactOrOmit, type JsonObject } from '#shared/json/index.ts'
import type { ResourceDetails } from '#shared/ocsf/index.ts'
import type { ToolDefinition } from './tool-definition.ts'

export const TOOL_RESOURCE_TYPE = 'MCP tool'
export const RESOURCE_RESOURCE_TYPE = 'MCP resource'
export const PROMPT_RESOURCE_TYPE = 'MCP prompt'

const TARGET_ROLE = { role_id: 1, role: 'Target' } as const

function primitiveUid(server: string | undefined, kind: 'tools' | 'prompts', name: string): string {
  return `mcp://${encodeURIComponent(server ?? 'unknown')}/${kind}/${encodeURIComponent(name)}`
}

function groupOf(server: string | undefined) {
  return server === undefined ? undefined : { name: server }
}

/** The target a request names in its params, or undefined for methods that name none. */
export function targetOfRequest(
  method: string,
  params: JsonObject | undefined,
  server: string | undefined,
): ResourceDetails | undefined {
  if (method === 'tools/call' || method === 'prompts/get') {
    const name = asString(params?.name)
    if (name === undefined) return undefined
    const isTool = method === 'tools/call'
    return compact({
      type: isTool ? TOOL_RESOURCE_TYPE : PROMPT_RESOURCE_TYPE,
      name,
      uid: primitiveUid(server, isTool ? 'tools' : 'prompts', name),
      group: groupOf(server),
      ...TARGET_ROLE,
    })
  }
  if (method.startsWith('resources/')) {
    const uri = asString(params?.uri)
    if (uri === undefined) return undefined
    return compact({
      type: RESOURCE_RESOURCE_TYPE,
      name: uri,
      uid: uri,
      group: groupOf(server),
      ...TARGET_ROLE,
    })
  }
  return undefined
}

/** A tools/list entry with its fingerprint in uid_alt and the fingerprinted members in data. */
export function toolResource(tool: ToolDefinition, server: string | undefined): ResourceDetails {
  return compact({
    type: TOOL_RESOURCE_TYPE,
    name: tool.name,
    uid: primitiveUid(server, 'tools', tool.name),
    uid_alt: `sha256:${tool.fingerprint}`,
    group: groupOf(server),
    ...TARGET_ROLE,
    data: compactOrOmit({
      description: tool.description,
      inputSchema: tool.inputSchema,
      annotations: tool.annotations,
    }),
  })
}

/**
 * MCP methods to OCSF API Activity. Listing and reading tools, resources and prompts are Read; a resource
 * subscription is created by resources/subscribe and deleted by resources/unsubscribe; logging/setLevel
 * updates the server's log level. initialize, tools/call, sampling, elicitation, ping and every
 * notification have no CRUD meaning and are Other (99), as is any method this table does not name.
 */
export const METHOD_ACTIVITY: Readonly<Record<string, 1 | 2 | 3 | 4>> = {
  'tools/list': 2,
  'resources/list': 2,
  'resources/templates/list': 2,
  'resources/read': 2,
  'prompts/list': 2,
  'prompts/get': 2,
  'roots/list': 2,
  'completion/complete': 2,
  'resources/subscribe': 1,
  'resources/unsubscribe': 4,
  'logging/setLevel': 3,
}

/**
 * Requests and notifications that only a server sends (the client features of the specification, and the
 * server's change notices). A message logged without a direction is attributed by this set; every
 * other method is sent by the client.
 */
export const SERVER_ORIGINATED_METHODS: ReadonlySet<string> = new Set([
  'sampling/createMessage',
  'elicitation/create',
  'roots/list',
  'notifications/tools/list_changed',
  'notifications/resources/list_changed',
  'notifications/resources/updated',
  'notifications/prompts/list_changed',
  'notifications/message',
])

export interface AiRole {
  readonly ai_role_id: 2 | 3 | 6
  readonly ai_role: string
}

/**
 * message_context.ai_role of a method: tools are the Tool role, resources the Retriever role (context
 * fetched from a knowledge source), and sampling asks the client's model to generate, the Assistant role.
 * Other methods (lifecycle, prompts, utilities) fill no AI role and leave it out.
 */
export function aiRoleOf(method: string): AiRole | undefined {
  if (method.startsWith('tools/') || method.startsWith('notifications/tools/'))
    return { ai_role_id: 3, ai_role: 'Tool' }
  if (method.startsWith('resources/') || method.startsWith('notifications/resources/'))
    return { ai_role_id: 6, ai_role: 'Retriever' }
  if (method === 'sampling/createMessage') return { ai_role_id: 2, ai_role: 'Assistant' }
  return undefined
}

/** The error codes JSON-RPC 2.0 reserves, and the one MCP adds for resources, by name (api.response.error). */
export const JSON_RPC_ERROR_NAMES: Readonly<Record<string, string>> = {
  '-32700': 'Parse error',
  '-32600': 'Invalid Request',
  '-32601': 'Method not found',
  '-32602': 'Invalid params',
  '-32603': 'Internal error',
  '-32002': 'Resource not found',
}

/**
 * The result member that names the method of a response whose request is not in the log (the log
 * starts mid-session, or the request was forgotten): a list result carries its items under its own key.
 */
export const RESULT_MEMBER_METHOD: ReadonlyArray<readonly [string, string]> = [
  ['tools', 'tools/list'],
  ['resourceTemplates', 'resources/templates/list'],
  ['resources', 'resources/list'],
  ['prompts', 'prompts/list'],
  ['serverInfo', 'initialize'],
]

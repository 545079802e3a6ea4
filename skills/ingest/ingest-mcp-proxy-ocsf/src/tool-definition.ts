/**
 * A tool as a tools/list result defines it, and its fingerprint: the SHA-256 of the canonical JSON of
 * {name, description, inputSchema, annotations}. Those are the members the model reads to decide what a
 * tool does and how to call it, so a change to any of them is a change of the tool; `title`, `icons`,
 * `outputSchema` and `_meta` are left out so display-only edits do not register as drift.
 */
import { asObject, asString, canonicalJson, sha256Hex } from '#shared/json/index.ts'

export interface ToolDefinition {
  readonly name: string
  readonly description?: unknown
  readonly inputSchema?: unknown
  readonly annotations?: unknown
  /** Lower-case hex SHA-256 of the canonical JSON of the four members above. */
  readonly fingerprint: string
}

/** Undefined for an entry with no name: such a tool cannot be called and has no identity to follow. */
export function readToolDefinition(value: unknown): ToolDefinition | undefined {
  const tool = asObject(value)
  const name = asString(tool?.name)
  if (tool === undefined || name === undefined) return undefined
  // Members are taken as sent, whatever their type: a change of type is a change of the tool.
  const fingerprinted = {
    name,
    description: tool.description,
    inputSchema: tool.inputSchema,
    annotations: tool.annotations,
  }
  return { ...fingerprinted, fingerprint: sha256Hex(canonicalJson(fingerprinted)) }
}

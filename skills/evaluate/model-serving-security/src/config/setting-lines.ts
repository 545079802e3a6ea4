/**
 * Where a setting of a serving config endpoint is written: its key's line under the endpoint, else under
 * `defaults` (which every endpoint inherits), trying the snake_case spelling and then the camelCase one.
 */
import type { ConfigDocument, NodePath } from '#shared/posture/config-documents.ts'
import { camelCaseOf } from './serving-config-schema.ts'

export type SettingLines = (...keys: readonly (string | number)[]) => number | undefined

function spellings(keys: readonly (string | number)[]): NodePath[] {
  const camel = keys.map((key) => (typeof key === 'string' ? camelCaseOf(key) : key))
  return [keys, camel]
}

export function settingLinesOf(document: ConfigDocument, index: number): SettingLines {
  return (...keys) => {
    for (const base of [['endpoints', index], ['defaults']] as const) {
      for (const spelling of spellings(keys)) {
        const line = document.lineAt([...base, ...spelling])
        if (line !== undefined) return line
      }
    }
    return undefined
  }
}

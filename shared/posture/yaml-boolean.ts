/**
 * YAML 1.1 booleans, as Kubernetes and Compose read them: `privileged: yes` is privileged. Apart from the
 * YAML reader, so that controls reading a parsed value do not load the parser with them.
 */
const YAML_TRUE = new Set(['true', 'True', 'TRUE', 'yes', 'Yes', 'YES', 'y', 'Y', 'on', 'On', 'ON'])
const YAML_FALSE = new Set(['false', 'False', 'FALSE', 'no', 'No', 'NO', 'n', 'N', 'off', 'Off', 'OFF'])

export function asYamlBoolean(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value
  if (typeof value !== 'string') return undefined
  if (YAML_TRUE.has(value)) return true
  if (YAML_FALSE.has(value)) return false
  return undefined
}

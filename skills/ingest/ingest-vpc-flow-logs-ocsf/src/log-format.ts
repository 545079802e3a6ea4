/** The --log-format option: the custom format a flow log was created with, for input without a header line. */
import { InvalidArgumentError } from 'commander'
import { isKnownField } from './mappings/fields.ts'

/** `${version} ${vpc-id} ...` as given to CreateFlowLogs, or the field names alone, space-separated. */
export function logFormatOption(value: string): string[] {
  const names = value
    .trim()
    .split(/\s+/)
    .map((token) => token.replace(/^\$\{(.*)\}$/, '$1'))
    .filter((name) => name.length > 0)
  if (names.length === 0) throw new InvalidArgumentError('expected the field names of the flow log format')
  const unknown = names.filter((name) => !isKnownField(name))
  if (unknown.length > 0) {
    throw new InvalidArgumentError(`unknown flow log field(s): ${unknown.join(', ')}`)
  }
  return names
}

/** Parsers for option values; a bad value is a usage error that names the option's expectation. */
import { InvalidArgumentError } from 'commander'
import { isSeverityName, parseDuration, parseEventTime, type SeverityName } from '../ocsf/index.ts'

/** A duration such as 30s, 10m, 1h or 7d, in milliseconds. */
export function durationOption(value: string): number {
  const millis = parseDuration(value)
  if (millis === undefined || millis <= 0)
    throw new InvalidArgumentError('expected a duration such as 30s, 10m, 1h or 7d')
  return millis
}

/** An RFC 3339 time, in epoch milliseconds. */
export function timeOption(value: string): number {
  const millis = parseEventTime(value)
  if (millis === undefined || !/^\d{4}-/.test(value)) {
    throw new InvalidArgumentError('expected an RFC 3339 time such as 2024-05-01T12:00:00Z')
  }
  return millis
}

export function positiveIntegerOption(value: string): number {
  const number = Number(value)
  if (!Number.isSafeInteger(number) || number < 1)
    throw new InvalidArgumentError('expected a positive whole number')
  return number
}

export function severityOption(value: string): SeverityName {
  const name = value.toLowerCase()
  if (!isSeverityName(name) || name === 'unknown') {
    throw new InvalidArgumentError('expected one of informational, low, medium, high, critical')
  }
  return name
}

/** For repeatable options: each use adds a value. */
export function collectOption(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value]
}

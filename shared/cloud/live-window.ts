/** The time window of a live pull: --since and --until as RFC 3339 times or as durations back from now. */
import type { Command } from 'commander'
import { InvalidArgumentError } from 'commander'
import type { CommonOptions } from '../cli/index.ts'
import { UsageError } from '../errors/index.ts'
import { parseDuration, parseEventTime } from '../ocsf/index.ts'

/** The live-pull options; an ingester's options are IngestOptions & LiveOptions. */
export interface LiveOptions extends CommonOptions {
  fromApi?: boolean
  since: string
  until?: string
}

/** Either an absolute time or a duration; resolved against the clock only when the pull starts. */
function windowBound(value: string): string {
  if (parseDuration(value) !== undefined) return value
  if (/^\d{4}-/.test(value) && parseEventTime(value) !== undefined) return value
  throw new InvalidArgumentError(
    'expected an RFC 3339 time (2024-05-01T12:00:00Z) or a duration back from now (90m, 1h, 7d)',
  )
}

export function addLiveOptions(program: Command, api: string): Command {
  return program
    .option(
      '--from-api',
      `read from ${api} instead of files (read-only; the provider's standard credentials)`,
    )
    .option(
      '--since <time>',
      'start of the window: RFC 3339, or a duration back from now such as 1h or 7d',
      windowBound,
      '1h',
    )
    .option(
      '--until <time>',
      'end of the window: RFC 3339, or a duration back from now (default: now)',
      windowBound,
    )
}

export interface TimeWindow {
  readonly start: number
  readonly end: number
}

function resolveBound(value: string, now: number): number {
  const duration = parseDuration(value)
  if (duration !== undefined) return now - duration
  return parseEventTime(value) as number
}

/**
 * Epoch-millisecond bounds; `now` is passed in so tests and reruns control it. Bounds that are each valid
 * but out of order are a usage error.
 */
export function resolveWindow(options: Pick<LiveOptions, 'since' | 'until'>, now: number): TimeWindow {
  const start = resolveBound(options.since, now)
  const end = options.until === undefined ? now : resolveBound(options.until, now)
  if (start >= end) throw new UsageError(`--since must be before --until`)
  return { start, end }
}

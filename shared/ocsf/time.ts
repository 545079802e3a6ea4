/**
 * Event times to OCSF timestamp_t (epoch milliseconds). A time is read only when it is unambiguous:
 * RFC 3339 with or without offset, the space-separated form log exporters write, or epoch numbers whose
 * magnitude says their unit. Cloud and Kubernetes logs state their times in UTC, so a time without an
 * offset is read as UTC. Anything else is undefined, for the caller to report: never the current time.
 */

const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(?:\s*([Zz]|UTC|[+-]\d{2}:?\d{2}))?$/

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

function isLeap(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)
}

function offsetMinutes(zone: string | undefined): number {
  if (zone === undefined || zone === 'Z' || zone === 'z' || zone === 'UTC') return 0
  const sign = zone.startsWith('-') ? -1 : 1
  const digits = zone.slice(1).replace(':', '')
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4)))
}

function parseDateTime(text: string): number | undefined {
  const match = DATE_TIME.exec(text.trim())
  if (match === null) return undefined
  const [, y, mo, d, h, mi, s, fraction, zone] = match
  const year = Number(y)
  const month = Number(mo)
  const day = Number(d)
  const hour = Number(h)
  const minute = Number(mi)
  const second = s === undefined ? 0 : Number(s)
  if (month < 1 || month > 12 || day < 1) return undefined
  if (day > (month === 2 && !isLeap(year) ? 28 : (DAYS_IN_MONTH[month - 1] ?? 0))) return undefined
  if (hour > 23 || minute > 59 || second > 60) return undefined
  const offset = offsetMinutes(zone)
  if (Math.abs(offset) > 23 * 60 + 59) return undefined
  const millis = fraction === undefined ? 0 : Number(fraction.padEnd(3, '0').slice(0, 3))
  const utc = Date.UTC(year, month - 1, day, hour, minute, Math.min(second, 59), millis)
  return utc - offset * 60_000
}

/** Epoch seconds, milliseconds, microseconds or nanoseconds, told apart by magnitude (years 1973 to 5138). */
function parseEpoch(value: number): number | undefined {
  if (!Number.isFinite(value) || value <= 0) return undefined
  if (value >= 1e8 && value < 1e11) return Math.round(value * 1000)
  if (value >= 1e11 && value < 1e14) return Math.round(value)
  if (value >= 1e14 && value < 1e17) return Math.round(value / 1000)
  if (value >= 1e17 && value < 1e20) return Math.round(value / 1e6)
  return undefined
}

/** Epoch milliseconds for an event time, or undefined when the value is absent or ambiguous. */
export function parseEventTime(value: unknown): number | undefined {
  if (typeof value === 'number') return parseEpoch(value)
  if (typeof value !== 'string' || value.length === 0 || value.length > 64) return undefined
  if (value === lastText) return lastTime
  lastText = value
  lastTime = /^\d+(\.\d+)?$/.test(value) ? parseEpoch(Number(value)) : parseDateTime(value)
  return lastTime
}

// A record's times often repeat (a finding created, updated and last seen at once), and so do
// consecutive records': the last text read is remembered.
let lastText: string | undefined
let lastTime: number | undefined

/** RFC 3339 UTC text of an epoch-millisecond time. */
export function formatTime(millis: number): string {
  return new Date(millis).toISOString()
}

/** Parses a duration such as 90s, 15m, 1h, 7d, or a bare number of seconds, to milliseconds. */
export function parseDuration(text: string): number | undefined {
  const match = /^(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)?$/.exec(text.trim())
  if (match === null) return undefined
  const unit = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 }[match[2] ?? 's'] ?? 1000
  return Math.round(Number(match[1]) * unit)
}

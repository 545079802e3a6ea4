/**
 * Hostile variants of real records for the hostile-input tests: every field given a value of the wrong
 * type or removed, `__proto__`, `constructor` and `prototype` keys in every object, deep nesting, huge
 * strings, and invalid UTF-8 byte sequences. Variants are JSON text, so keys JSON.stringify would not
 * write (`__proto__`) reach the skill exactly as an attacker would send them.
 */

export type FieldPath = readonly (string | number)[]

/** Every value inside a record (objects, arrays and leaves), breadth first, at most `limit` of them. */
export function fieldPaths(record: unknown, limit: number): FieldPath[] {
  const paths: FieldPath[] = []
  const queue: Array<{ path: FieldPath; value: unknown }> = [{ path: [], value: record }]
  while (queue.length > 0 && paths.length < limit) {
    const next = queue.shift()
    if (next === undefined) break
    if (next.path.length > 0) paths.push(next.path)
    const { value, path } = next
    if (Array.isArray(value)) {
      value.forEach((item, index) => {
        queue.push({ path: [...path, index], value: item })
      })
    } else if (isObject(value)) {
      for (const [key, item] of Object.entries(value)) queue.push({ path: [...path, key], value: item })
    }
  }
  return paths
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Marks a field for removal in `withValueAt`. */
export const ABSENT = Symbol('absent')

/** A copy of the record with the value at `path` replaced (or removed, for ABSENT). */
export function withValueAt(record: unknown, path: FieldPath, replacement: unknown): unknown {
  if (path.length === 0) return replacement
  const [head, ...rest] = path
  if (Array.isArray(record) && typeof head === 'number') {
    const copy = [...record]
    if (rest.length === 0 && replacement === ABSENT) copy.splice(head, 1)
    else copy[head] = withValueAt(record[head], rest, replacement)
    return copy
  }
  if (isObject(record) && typeof head === 'string') {
    const copy: Record<string, unknown> = { ...record }
    if (rest.length === 0 && replacement === ABSENT) delete copy[head]
    else copy[head] = withValueAt(record[head], rest, replacement)
    return copy
  }
  return record
}

export function valueAt(record: unknown, path: FieldPath): unknown {
  let value = record
  for (const key of path) value = (value as Record<string | number, unknown> | undefined)?.[key]
  return value
}

/**
 * What replaces a field: null, a scalar and a container of types other than the original's, and
 * removal; for strings and numbers also the edge values careless code breaks on: the empty string, zero
 * and a negative number (a line number 0, an index -1).
 */
export function wrongValuesFor(original: unknown): unknown[] {
  const values: unknown[] = [null]
  if (typeof original === 'string') values.push(-1.5, { unexpected: [null] }, '')
  else if (typeof original === 'number') values.push('42', ['unexpected'], 0, -1)
  else if (typeof original === 'boolean') values.push('true', { unexpected: true })
  else if (Array.isArray(original)) values.push('unexpected', { unexpected: [] })
  else if (original !== null && typeof original === 'object') values.push(7, ['unexpected', 7])
  else values.push('unexpected', ['unexpected'])
  values.push(ABSENT)
  return values
}

/** Stand-ins replaced in the JSON text: JSON.stringify drops or escapes what they become. */
const PROTO_PLACEHOLDER = '__hostile_proto_key__'
const NEST_PLACEHOLDER = '__hostile_nest__'

/** The record as one JSONL line, with its stand-ins turned into the text an attacker would send. */
export function toHostileLine(record: unknown, nestDepth = 0): string {
  let line = JSON.stringify(record) ?? 'null'
  line = line.replaceAll(`"${PROTO_PLACEHOLDER}":`, '"__proto__":')
  if (nestDepth > 0) line = line.replaceAll(`"${NEST_PLACEHOLDER}"`, deeplyNested(nestDepth))
  return line
}

/** The object at `path` with `__proto__`, `constructor` and `prototype` keys that would pollute if merged. */
export function withPollutingKeys(record: unknown, path: FieldPath): unknown {
  const target = path.length === 0 ? record : valueAt(record, path)
  if (!isObject(target)) return record
  const polluted = {
    ...target,
    [PROTO_PLACEHOLDER]: { polluted: 'via __proto__' },
    constructor: { prototype: { polluted: 'via constructor.prototype' } },
    prototype: { polluted: 'via prototype' },
  }
  return path.length === 0 ? polluted : withValueAt(record, path, polluted)
}

/** The record with a value `depth` levels deep, alternating objects and arrays, at `path`. */
export function withDeepNesting(record: unknown, path: FieldPath): unknown {
  return withValueAt(record, path, NEST_PLACEHOLDER)
}

function deeplyNested(depth: number): string {
  const half = Math.floor(depth / 2)
  return `${'{"a":['.repeat(half)}1${']}'.repeat(half)}`
}

/** Byte sequences that are not UTF-8: lone continuation, overlong, surrogate, truncated, out of range. */
export const INVALID_UTF8: readonly (readonly number[])[] = [
  [0x80],
  [0xff],
  [0xc0, 0xaf],
  [0xed, 0xa0, 0x80],
  [0xe2, 0x82],
  [0xf4, 0x90, 0x80, 0x80],
  [0xfe, 0xfe, 0xff, 0xff],
]

/** Invalid UTF-8 spliced into a line at a byte offset. */
export function spliceBytes(line: string, offset: number, bytes: readonly number[]): Buffer {
  const original = Buffer.from(line)
  const at = Math.min(offset, original.length)
  return Buffer.concat([original.subarray(0, at), Buffer.from(bytes), original.subarray(at)])
}

const PROTOTYPES: ReadonlyArray<readonly [string, object]> = [
  ['Object', Object.prototype],
  ['Array', Array.prototype],
  ['Function', Function.prototype],
  ['String', String.prototype],
]

/** The own properties of the built-in prototypes, to prove a run left them as they were. */
export function prototypeSnapshot(): Map<string, unknown> {
  const snapshot = new Map<string, unknown>()
  for (const [name, prototype] of PROTOTYPES) {
    for (const key of Reflect.ownKeys(prototype)) {
      const descriptor = Object.getOwnPropertyDescriptor(prototype, key)
      snapshot.set(`${name}.${String(key)}`, descriptor?.value ?? descriptor?.get)
    }
    snapshot.set(`${name} [[Prototype]]`, Object.getPrototypeOf(prototype))
  }
  return snapshot
}

/** What differs between two snapshots: added, removed or replaced properties. */
export function prototypeChanges(before: Map<string, unknown>, after: Map<string, unknown>): string[] {
  const changes: string[] = []
  for (const [key, value] of after) {
    if (!before.has(key)) changes.push(`${key} added`)
    else if (before.get(key) !== value) changes.push(`${key} replaced`)
  }
  for (const key of before.keys()) if (!after.has(key)) changes.push(`${key} removed`)
  return changes
}

/** Removes what a polluting run added to the prototypes, so one failure does not break every later test. */
export function removeAddedProperties(before: Map<string, unknown>): void {
  for (const [name, prototype] of PROTOTYPES) {
    for (const key of Reflect.ownKeys(prototype)) {
      if (!before.has(`${name}.${String(key)}`)) Reflect.deleteProperty(prototype, key)
    }
  }
}

/**
 * Typed reads of untrusted JSON. Input can hold any type in any field, so mappings read
 * through these instead of trusting a field's type: a wrong type reads as absent.
 */

export type JsonObject = Record<string, unknown>

export function asObject(value: unknown): JsonObject | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as JsonObject)
    : undefined
}

export function asArray(value: unknown): unknown[] | undefined {
  return Array.isArray(value) ? value : undefined
}

/** A non-empty string, or undefined. */
export function asString(value: unknown): string | undefined {
  return typeof value === 'string' && value.length > 0 ? value : undefined
}

/** A string, or a finite number or boolean rendered as one (ids and codes arrive both ways). */
export function asText(value: unknown): string | undefined {
  if (typeof value === 'string') return value.length > 0 ? value : undefined
  if ((typeof value === 'number' && Number.isFinite(value)) || typeof value === 'boolean')
    return String(value)
  return undefined
}

/** A safe integer, or a string of digits that is one. */
export function asInt(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? value : undefined
  if (typeof value === 'string' && /^-?\d{1,15}$/.test(value)) return Number(value)
  return undefined
}

export function asBoolean(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value
  if (value === 'true') return true
  if (value === 'false') return false
  return undefined
}

/** The non-empty strings of an array; anything else in it is ignored. */
export function asStrings(value: unknown): string[] {
  const strings: string[] = []
  for (const item of asArray(value) ?? []) {
    if (typeof item === 'string' && item.length > 0) strings.push(item)
  }
  return strings
}

/** Reads a nested field: `path(event, 'user', 'username')`. Own properties only, so `__proto__` reads as absent. */
export function path(value: unknown, ...keys: string[]): unknown {
  let current = value
  for (const key of keys) {
    const object = asObject(current)
    if (object === undefined || !Object.hasOwn(object, key)) return undefined
    current = object[key]
  }
  return current
}

/**
 * Reads a nested field written in either camelCase or PascalCase: AWS renders one API shape both ways
 * (GuardDuty's REST and EventBridge JSON is camelCase, the AWS CLI's is PascalCase). Keys are given in camelCase.
 */
export function pathOfEitherCase(value: unknown, ...keys: string[]): unknown {
  let current = value
  for (const key of keys) {
    const object = asObject(current)
    if (object === undefined) return undefined
    if (Object.hasOwn(object, key)) {
      current = object[key]
      continue
    }
    const pascal = `${key.charAt(0).toUpperCase()}${key.slice(1)}`
    if (!Object.hasOwn(object, pascal)) return undefined
    current = object[pascal]
  }
  return current
}

/**
 * Drops undefined values so that emitted JSON has no holes and key order stays as written. Runs for
 * every object of every event, so it walks the keys with for-in, which allocates nothing (the objects
 * are literals built by the mappings: no inherited members to step over).
 */
export function compact<T extends object>(object: T): T {
  const result: Record<string, unknown> = {}
  for (const key in object) {
    const value = object[key]
    if (value !== undefined) result[key] = value
  }
  return result as T
}

/** Undefined for an empty array, so an absent list stays absent. */
export function nonEmpty<T>(items: T[]): T[] | undefined {
  return items.length > 0 ? items : undefined
}

/**
 * The records a parsed value holds: the elements of an array, or of the first of `keys` whose value
 * is an array (`{"Records": [...]}`); any other value is one record.
 */
export function recordsIn(value: unknown, keys: readonly string[]): readonly unknown[] {
  if (Array.isArray(value)) return value
  const object = asObject(value)
  if (object !== undefined) {
    for (const key of keys) {
      if (Object.hasOwn(object, key) && Array.isArray(object[key])) return object[key] as unknown[]
    }
  }
  return [value]
}

/** compact(), and undefined when nothing is left: an object with no members stays absent. */
export function compactOrOmit<T extends object>(object: T): T | undefined {
  const result = compact(object)
  return Object.keys(result).length > 0 ? result : undefined
}

/**
 * A table lookup by a key that comes from input: own entries only, so a verb or code such as
 * "constructor" or "__proto__" reads as absent instead of finding Object.prototype's members.
 */
export function lookup<V>(
  table: Readonly<Record<string | number, V>>,
  key: string | number | undefined,
): V | undefined {
  if (key === undefined || !Object.hasOwn(table, key)) return undefined
  return table[key]
}

/** Scalar types and object constraints of the OCSF 1.8.0 dictionary, as zod checks. */
import { isIP } from 'node:net'
import * as z from '../../json/zod.ts'

/** Epoch milliseconds between 1973 and the year 3000: smaller looks like seconds, larger like micro- or nanoseconds. */
export const timestamp = z.int().min(100_000_000_000).max(32_503_680_000_000)

export const port = z.int().min(0).max(65_535)

export const ipAddress = z
  .string()
  .refine((value) => isIP(value) !== 0, { message: 'not an IPv4 or IPv6 address' })

export const subnet = z.string().refine(
  (value) => {
    const [address, prefix, ...rest] = value.split('/')
    if (rest.length > 0 || address === undefined || prefix === undefined || !/^\d{1,3}$/.test(prefix))
      return false
    const family = isIP(address)
    return family !== 0 && Number(prefix) <= (family === 4 ? 32 : 128)
  },
  { message: 'not a CIDR subnet' },
)

function isPresent(value: unknown): boolean {
  return value !== undefined && value !== null
}

/** OCSF `at_least_one` constraint: one of the named attributes must be present. */
export function atLeastOne(names: readonly string[]) {
  return z.superRefine<Record<string, unknown>>((object, context) => {
    if (names.some((name) => isPresent(object[name]))) return
    context.addIssue({
      code: 'custom',
      message: `at least one of ${names.join(', ')} is required`,
      input: object,
    })
  })
}

/** OCSF `just_one` constraint: exactly one of the named attributes must be present. */
export function justOne(names: readonly string[]) {
  return z.superRefine<Record<string, unknown>>((object, context) => {
    const present = names.filter((name) => isPresent(object[name]))
    if (present.length === 1) return
    context.addIssue({
      code: 'custom',
      message: `exactly one of ${names.join(', ')} is required`,
      input: object,
    })
  })
}

/** type_uid is class_uid * 100 + activity_id, always. */
export const typeUidMatchesActivity = z.superRefine<Record<string, unknown>>((event, context) => {
  const { class_uid: classUid, activity_id: activityId, type_uid: typeUid } = event
  if (typeof classUid !== 'number' || typeof activityId !== 'number') return
  if (typeUid === classUid * 100 + activityId) return
  context.addIssue({
    code: 'custom',
    message: `type_uid must be ${classUid * 100 + activityId}`,
    input: typeUid,
  })
})

/**
 * One instance each of the commonest member types, shared by every model that has such a member: zod
 * builds each schema instance when the models load, which is most of a posture skill's start on a small
 * input, and an immutable schema can sit in any number of objects.
 */
export const optionalString = z.string().optional()
export const optionalStrings = z.array(z.string()).optional()
export const optionalInt = z.int().optional()
export const optionalBoolean = z.boolean().optional()
export const optionalTimestamp = timestamp.optional()
export const optionalUnknown = z.unknown().optional()

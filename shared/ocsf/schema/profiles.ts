/** Profile rules of OCSF 1.8.0: a profile's attributes belong to an event only when metadata.profiles lists it. */
import * as z from '../../json/zod.ts'

export interface ProfileAttributes {
  readonly required: readonly string[]
  readonly optional: readonly string[]
}

/** Adds the profile rules to a class model; `attributes` comes from the class definition in the schema. */
export function withProfiles<Schema extends z.ZodObject>(
  schema: Schema,
  attributes: Readonly<Record<string, ProfileAttributes>>,
): Schema {
  return schema.check(
    z.superRefine<Record<string, unknown>>((event, context) => {
      const metadata = event.metadata as { profiles?: unknown } | undefined
      const listed = new Set(Array.isArray(metadata?.profiles) ? metadata.profiles : [])
      for (const profile of listed) {
        if (typeof profile !== 'string' || !(profile in attributes)) {
          context.addIssue({ code: 'custom', message: `unknown profile ${String(profile)}`, input: profile })
        }
      }
      const allowed = new Set<string>()
      for (const [profile, { required, optional }] of Object.entries(attributes)) {
        if (!listed.has(profile)) continue
        for (const name of [...required, ...optional]) allowed.add(name)
        for (const name of required) {
          if (event[name] === undefined || event[name] === null) {
            context.addIssue({
              code: 'custom',
              message: `${name} is required by the ${profile} profile`,
              input: event,
            })
          }
        }
      }
      for (const { required, optional } of Object.values(attributes)) {
        for (const name of [...required, ...optional]) {
          if (event[name] !== undefined && !allowed.has(name)) {
            context.addIssue({
              code: 'custom',
              message: `${name} needs its profile in metadata.profiles`,
              input: event,
            })
          }
        }
      }
    }),
  ) as Schema
}

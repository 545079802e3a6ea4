/**
 * The fields an update request names in its update mask (google.protobuf.FieldMask), which audit logs
 * render as a comma-separated string or as `{ paths: [...] }`. Undefined when the request has no mask:
 * then every field of the request is set.
 */
import { asObject, asString, asStrings } from '#shared/json/index.ts'

export function updatedFields(mask: unknown): ReadonlySet<string> | undefined {
  const text = asString(mask)
  const paths = text === undefined ? asStrings(asObject(mask)?.paths) : text.split(',')
  if (text === undefined && paths.length === 0) return undefined
  // The API takes both spellings of a field (`writer_identity`, `writerIdentity`); compare in one.
  return new Set(
    paths.map((field) => field.trim().replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase())),
  )
}

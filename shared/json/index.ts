/** Typed reads of untrusted JSON, canonical serialisation and stable ids, and a bounded memo for text. */
export { canonicalJson, sha256Hex, stableUid } from './canonical.ts'
export {
  asArray,
  asBoolean,
  asInt,
  asObject,
  asString,
  asStrings,
  asText,
  compact,
  compactOrOmit,
  type JsonObject,
  lookup,
  nonEmpty,
  path,
  pathOfEitherCase,
  recordsIn,
} from './fields.ts'
export { memoizeText } from './memoize-text.ts'

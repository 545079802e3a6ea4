/** Bounded state for correlation and deduplication: memory has a ceiling whatever the input size. */
export { BoundedDigestSet } from './bounded-digest-set.ts'
export { BoundedMap, BoundedSet } from './bounded-map.ts'

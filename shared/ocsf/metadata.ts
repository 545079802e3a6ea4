/** The metadata every emitted event carries: schema version, the toolkit as product, the skill as feature. */
import packageJson from '../../package.json' with { type: 'json' }
import { OCSF_VERSION } from './event-classes.ts'
import type { Metadata, Product } from './schema/objects.ts'

export const TOOLKIT_NAME = 'ocsf-skills'
export const TOOLKIT_VERSION: string = packageJson.version

export function productOf(skill: string): Product {
  return { name: TOOLKIT_NAME, vendor_name: TOOLKIT_NAME, version: TOOLKIT_VERSION, feature: { name: skill } }
}

/** Metadata for an event the named skill emits; `fields` adds uid, profiles, provenance and the like. */
export function buildMetadata(skill: string, fields: Omit<Metadata, 'version' | 'product'>): Metadata {
  return { version: OCSF_VERSION, product: productOf(skill), ...fields }
}

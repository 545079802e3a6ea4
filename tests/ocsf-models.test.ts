/**
 * The zod models against the official compiled OCSF 1.8.0 schema: every attribute they allow exists
 * in the schema, is not deprecated, has the schema's requirement, enum values and object type, so a
 * model can be stricter than the schema (it leaves attributes out) but never looser or different.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { z } from '#shared/json/zod.ts'
import * as classes from '#shared/ocsf/schema/classes.ts'
import * as objects from '#shared/ocsf/schema/objects.ts'
import { HAS_SHARED, SHARED } from './helpers/paths.ts'

interface SchemaAttribute {
  requirement?: string
  type?: string
  object_type?: string
  is_array?: boolean
  enum?: Record<string, unknown>
  profiles?: string[] | null
  '@deprecated'?: unknown
}
interface SchemaEntity {
  uid?: number
  attributes: Record<string, SchemaAttribute>
}
interface CompiledSchema {
  classes: Record<string, SchemaEntity>
  objects: Record<string, SchemaEntity>
}

function pascal(name: string): string {
  return name
    .split('_')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('')
}

type AnySchema = z.ZodType & {
  def: { type: string; innerType?: AnySchema; element?: AnySchema; values?: unknown[] }
}

/** Peels optional and array wrappers: the element schema, and whether the field was optional or an array. */
function unwrap(field: AnySchema): { inner: AnySchema; optional: boolean; array: boolean } {
  let inner = field
  let optional = false
  let array = false
  for (;;) {
    if (inner.def.type === 'optional' && inner.def.innerType !== undefined) {
      optional = true
      inner = inner.def.innerType
    } else if (inner.def.type === 'array' && inner.def.element !== undefined) {
      array = true
      inner = inner.def.element
    } else {
      return { inner, optional, array }
    }
  }
}

const MODEL_NAMES = new Map<unknown, string>()
for (const [name, value] of Object.entries(objects)) MODEL_NAMES.set(value, name)

describe.runIf(HAS_SHARED)('zod models against the compiled OCSF 1.8.0 schema', () => {
  const schema = JSON.parse(
    readFileSync(join(SHARED, 'ocsf-schema-1.8.0-compiled', 'schema.json'), 'utf8'),
  ) as CompiledSchema
  const entities: Array<[string, SchemaEntity, z.ZodObject]> = []
  for (const [name, entity] of Object.entries(schema.objects)) {
    const model = (objects as Record<string, unknown>)[pascal(name)]
    if (model !== undefined) entities.push([`object ${name}`, entity, model as z.ZodObject])
  }
  for (const [name, entity] of Object.entries(schema.classes)) {
    const model = (classes as Record<string, unknown>)[pascal(name)]
    if (model !== undefined) entities.push([`class ${name}`, entity, model as z.ZodObject])
  }

  it('models every class the toolkit emits', () => {
    const modelled = entities.filter(([label]) => label.startsWith('class ')).map(([label]) => label)
    expect(modelled.sort()).toEqual(
      [
        'class account_change',
        'class api_activity',
        'class cloud_resources_inventory_info',
        'class compliance_finding',
        'class detection_finding',
        'class http_activity',
        'class network_activity',
      ].sort(),
    )
  })

  it.each(entities)('%s allows only what the schema defines, as it defines it', (_label, entity, model) => {
    const problems: string[] = []
    for (const [attribute, field] of Object.entries(model.shape as Record<string, AnySchema>)) {
      const definition = entity.attributes[attribute]
      if (definition === undefined) {
        problems.push(`${attribute}: not in the schema`)
        continue
      }
      if (definition['@deprecated'] !== undefined) problems.push(`${attribute}: deprecated in the schema`)
      const { inner, optional, array } = unwrap(field)
      const required = definition.requirement === 'required' && (definition.profiles ?? null) === null
      if (required === optional)
        problems.push(`${attribute}: required ${required} in the schema, optional ${optional} here`)
      if (Boolean(definition.is_array) !== array)
        problems.push(`${attribute}: array ${Boolean(definition.is_array)} in the schema`)
      if (definition.object_type !== undefined && definition.object_type !== 'object') {
        const modelName = MODEL_NAMES.get(inner)
        if (modelName !== pascal(definition.object_type)) {
          problems.push(
            `${attribute}: object ${definition.object_type} in the schema, ${modelName ?? inner.def.type} here`,
          )
        }
      }
      if (
        definition.enum !== undefined &&
        inner.def.type === 'literal' &&
        attribute !== 'class_uid' &&
        attribute !== 'category_uid'
      ) {
        const allowed = (inner.def.values ?? []).map(String).sort()
        if (JSON.stringify(allowed) !== JSON.stringify(Object.keys(definition.enum).sort())) {
          problems.push(
            `${attribute}: enum ${Object.keys(definition.enum).join(',')} in the schema, ${allowed.join(',')} here`,
          )
        }
      }
    }
    for (const [attribute, definition] of Object.entries(entity.attributes)) {
      const required = definition.requirement === 'required' && (definition.profiles ?? null) === null
      if (required && definition['@deprecated'] === undefined && !(attribute in model.shape)) {
        problems.push(`${attribute}: required by the schema but not modelled`)
      }
    }
    expect(problems).toEqual([])
  })

  it('pins class ids to the schema', () => {
    for (const [label, entity, model] of entities) {
      if (!label.startsWith('class ')) continue
      const classUid = (model.shape as Record<string, AnySchema>).class_uid
      expect(classUid?.def.values, label).toEqual([entity.uid])
    }
  })
})

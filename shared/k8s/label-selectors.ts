/**
 * Kubernetes label selectors as the API server evaluates them: `matchLabels` and `matchExpressions`
 * (In, NotIn, Exists, DoesNotExist), all of which must hold; a Service's plain `selector` map is the same
 * as `matchLabels`. Used to find which pods a Service or a NetworkPolicy applies to.
 */
import { asArray, asObject, asString, asStrings, type JsonObject } from '../json/index.ts'

export type Labels = Readonly<Record<string, string>>

/** The string labels of an object's `labels` map; other values are ignored. */
export function labelsOf(value: unknown): Labels {
  const labels: Record<string, string> = {}
  for (const [key, label] of Object.entries(asObject(value) ?? {})) {
    if (typeof label === 'string') labels[key] = label
  }
  return labels
}

function expressionHolds(expression: JsonObject, labels: Labels): boolean {
  const key = asString(expression.key)
  if (key === undefined) return false
  const values = asStrings(expression.values)
  const has = Object.hasOwn(labels, key)
  switch (expression.operator) {
    case 'In':
      return has && values.includes(labels[key] ?? '')
    case 'NotIn':
      return !has || !values.includes(labels[key] ?? '')
    case 'Exists':
      return has
    case 'DoesNotExist':
      return !has
    default:
      // An operator the API server would have refused: match nothing rather than everything.
      return false
  }
}

/** True when a LabelSelector selects these labels; an empty selector selects everything. */
export function selectorMatches(selector: unknown, labels: Labels): boolean {
  const object = asObject(selector)
  if (object === undefined) return false
  for (const [key, value] of Object.entries(labelsOf(object.matchLabels))) {
    if (labels[key] !== value) return false
  }
  for (const item of asArray(object.matchExpressions) ?? []) {
    const expression = asObject(item)
    if (expression === undefined || !expressionHolds(expression, labels)) return false
  }
  return true
}

/** A Service's `selector` map: it selects pods carrying all its labels; an empty or absent map selects none. */
export function serviceSelects(selector: unknown, labels: Labels): boolean {
  const wanted = labelsOf(selector)
  const keys = Object.keys(wanted)
  if (keys.length === 0) return false
  return keys.every((key) => labels[key] === wanted[key])
}

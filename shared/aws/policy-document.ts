/**
 * IAM policy documents as CloudTrail logs them in request parameters (a JSON string, sometimes
 * URL-encoded, or an object): statements with their principals, actions, resources and conditions,
 * and the two judgements AWS detectors need: who a statement lets in, and whether a condition pins
 * access down to known callers.
 */
import { asArray, asObject, asString, type JsonObject } from '../json/index.ts'

export interface PolicyStatement {
  readonly effect: string | undefined
  /** `*` for `"Principal": "*"`; otherwise the members of Principal.AWS (account ids, ARNs, or `*`). */
  readonly awsPrincipals: readonly string[]
  readonly actions: readonly string[]
  readonly resources: readonly string[]
  readonly condition: JsonObject | undefined
}

/**
 * Condition keys whose fixed value confines a `*` principal to known callers, networks or
 * organisations: the keys Amazon S3 accepts as making a policy non-public, and the principal-scoping
 * keys (aws:PrincipalOrgID and its kin) that do the same for any resource policy.
 */
const RESTRICTING_KEYS: ReadonlySet<string> = new Set([
  'aws:sourceip',
  'aws:sourcearn',
  'aws:sourcevpc',
  'aws:sourcevpce',
  'aws:sourceowner',
  'aws:sourceaccount',
  'aws:sourceorgid',
  'aws:sourceorgpaths',
  'aws:principalaccount',
  'aws:principalarn',
  'aws:principalorgid',
  'aws:principalorgpaths',
  'aws:userid',
  's3:x-amz-server-side-encryption-aws-kms-key-id',
])

/** Operators that pass only when the key has one of the listed values; negations and `...IfExists` let other callers in. */
const MATCHING_OPERATORS: ReadonlySet<string> = new Set([
  'stringequals',
  'stringequalsignorecase',
  'stringlike',
  'arnequals',
  'arnlike',
  'ipaddress',
])

/** Source ranges that cover every address, so a SourceIp condition with them confines nothing. */
const EVERY_ADDRESS: ReadonlySet<string> = new Set(['0.0.0.0/0', '::/0'])

function parseDocument(value: unknown): JsonObject | undefined {
  const object = asObject(value)
  if (object !== undefined) return object
  let text = asString(value)?.trim()
  if (text === undefined) return undefined
  // The IAM Query API takes documents URL-encoded, and some records keep them that way.
  if (text.startsWith('%7B')) {
    try {
      text = decodeURIComponent(text)
    } catch {
      return undefined
    }
  }
  try {
    return asObject(JSON.parse(text))
  } catch {
    return undefined
  }
}

/** A string or an array of strings, as policy elements may be either. */
function listOf(value: unknown): string[] {
  const single = asString(value)
  if (single !== undefined) return [single]
  const items: string[] = []
  for (const item of asArray(value) ?? []) {
    const text = asString(item)
    if (text !== undefined) items.push(text)
  }
  return items
}

function awsPrincipalsOf(principal: unknown): string[] {
  if (principal === '*') return ['*']
  return listOf(asObject(principal)?.AWS)
}

/** The statements of a policy document; empty when the value is not a readable document. */
export function policyStatements(value: unknown): PolicyStatement[] {
  const document = parseDocument(value)
  if (document === undefined) return []
  const raw = asArray(document.Statement) ?? (asObject(document.Statement) ? [document.Statement] : [])
  const statements: PolicyStatement[] = []
  for (const item of raw) {
    const statement = asObject(item)
    if (statement === undefined) continue
    statements.push({
      effect: asString(statement.Effect),
      awsPrincipals: awsPrincipalsOf(statement.Principal),
      actions: listOf(statement.Action),
      resources: listOf(statement.Resource),
      condition: asObject(statement.Condition),
    })
  }
  return statements
}

function isFixedValue(key: string, value: string): boolean {
  if (value.includes('*') || value.includes('?')) return false
  return key !== 'aws:sourceip' || !EVERY_ADDRESS.has(value)
}

/** True when some block of the condition pins a restricting key to fixed values. */
export function isRestrictingCondition(condition: JsonObject | undefined): boolean {
  if (condition === undefined) return false
  for (const [rawOperator, block] of Object.entries(condition)) {
    const operator = rawOperator.toLowerCase().replace(/^foranyvalue:/, '')
    if (!MATCHING_OPERATORS.has(operator)) continue
    for (const [rawKey, value] of Object.entries(asObject(block) ?? {})) {
      const key = rawKey.toLowerCase()
      const values = listOf(value)
      if (!RESTRICTING_KEYS.has(key) || values.length === 0) continue
      if (values.every((item) => isFixedValue(key, item))) return true
    }
  }
  return false
}

/** An Allow statement that any AWS principal, in any account, satisfies. */
export function isPublicStatement(statement: PolicyStatement): boolean {
  if (statement.effect !== 'Allow' || !statement.awsPrincipals.includes('*')) return false
  return !isRestrictingCondition(statement.condition)
}

/** Allows every action, or every IAM action, on every resource: administrator rights in all but name. */
export function grantsFullAccess(statement: PolicyStatement): boolean {
  if (statement.effect !== 'Allow' || !statement.resources.includes('*')) return false
  return statement.actions.some((action) => action === '*' || action.toLowerCase() === 'iam:*')
}

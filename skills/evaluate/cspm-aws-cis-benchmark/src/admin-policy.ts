/** Whether an IAM policy document grants full administrative access: an Allow of every action on every resource. */
import { asArray, asObject, asString } from '#shared/json/index.ts'

/** IAM reads "*" as every action; "*:*" (every action of every service) is accepted too. */
const EVERY_ACTION = new Set(['*', '*:*'])

function valuesOf(value: unknown): string[] {
  const single = asString(value)
  if (single !== undefined) return [single]
  return (asArray(value) ?? []).map((item) => asString(item)).filter((item) => item !== undefined)
}

/** The statements of a document, whether it holds one statement object or a list of them. */
function statementsOf(document: unknown): Record<string, unknown>[] {
  const statement = asObject(document)?.Statement
  const list = asArray(statement) ?? (statement === undefined ? [] : [statement])
  return list.map((item) => asObject(item)).filter((item) => item !== undefined)
}

/** The Sid (or position) of each statement that allows "*" on "*". */
export function fullAdminStatements(document: unknown): string[] {
  const found: string[] = []
  for (const [index, statement] of statementsOf(document).entries()) {
    if (statement.Effect !== 'Allow') continue
    const everyAction = valuesOf(statement.Action).some((action) => EVERY_ACTION.has(action))
    const everyResource = valuesOf(statement.Resource).includes('*')
    if (everyAction && everyResource) found.push(asString(statement.Sid) ?? `statement ${index + 1}`)
  }
  return found
}

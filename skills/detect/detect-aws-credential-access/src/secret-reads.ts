/**
 * The secrets a successful call hands back in clear: Secrets Manager values, and Parameter Store
 * parameters read with decryption (SecureString values; plain parameters read this way are counted
 * too, as the call cannot tell them apart). BatchGetSecretValue with filters returns every secret that
 * matches, however many: it is a bulk read by construction.
 */
import type { AwsCall } from '#shared/aws/index.ts'
import { asArray, asBoolean, asString, asStrings } from '#shared/json/index.ts'

export interface SecretRead {
  /** `secretsmanager:<id>` or `ssm:<name>`, so the two stores never collide. */
  readonly secrets: readonly string[]
  readonly bulk: boolean
}

function secretsManagerRead(call: AwsCall): SecretRead | undefined {
  if (call.operation === 'GetSecretValue') {
    const id = asString(call.request?.secretId)
    return id === undefined ? undefined : { secrets: [`secretsmanager:${id}`], bulk: false }
  }
  if (call.operation !== 'BatchGetSecretValue') return undefined
  const ids = asStrings(call.request?.secretIdList).map((id) => `secretsmanager:${id}`)
  const filtered = (asArray(call.request?.filters) ?? []).length > 0
  return ids.length > 0 || filtered ? { secrets: ids, bulk: filtered } : undefined
}

/** The request member that names the parameters each Parameter Store read returns. */
const PARAMETER_MEMBERS: ReadonlyMap<string, string> = new Map([
  ['GetParameter', 'name'],
  ['GetParameters', 'names'],
  ['GetParametersByPath', 'path'],
])

function parameterStoreRead(call: AwsCall): SecretRead | undefined {
  const member = PARAMETER_MEMBERS.get(call.operation)
  if (member === undefined || asBoolean(call.request?.withDecryption) !== true) return undefined
  const value = call.request?.[member]
  const names = typeof value === 'string' ? [value] : asStrings(value)
  return names.length === 0 ? undefined : { secrets: names.map((name) => `ssm:${name}`), bulk: false }
}

export function secretReadOf(call: AwsCall): SecretRead | undefined {
  if (!call.succeeded) return undefined
  if (call.service === 'secretsmanager.amazonaws.com') return secretsManagerRead(call)
  if (call.service === 'ssm.amazonaws.com') return parameterStoreRead(call)
  return undefined
}

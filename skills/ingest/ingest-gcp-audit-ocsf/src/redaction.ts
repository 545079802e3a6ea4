/** Credentials never leave the audit log: copied bodies keep their shape and names, not secret values. */
import { REDACTED, redactSecretMembers } from '#shared/ingest/index.ts'
import { asArray, asObject, type JsonObject } from '#shared/json/index.ts'
import { KUBERNETES_SECRET_DATA, SECRET_MEMBERS } from './mappings/secret-members.ts'

function withoutSecretValues(secret: JsonObject): JsonObject {
  const redacted: JsonObject = { ...secret }
  for (const field of KUBERNETES_SECRET_DATA) {
    const values = asObject(secret[field])
    if (values === undefined) continue
    redacted[field] = Object.fromEntries(Object.keys(values).map((key) => [key, REDACTED]))
  }
  return redacted
}

/**
 * Kubernetes Secrets keep their keys, not their values, wherever they sit: GKE logs a submitted Secret as
 * the request and a listed SecretList (whose items carry no kind of their own) as the response.
 */
function redactKubernetesSecrets(value: unknown, inSecretList = false): unknown {
  const array = asArray(value)
  if (array !== undefined) return array.map((item) => redactKubernetesSecrets(item, inSecretList))
  const object = asObject(value)
  if (object === undefined) return value
  const isSecret = object.kind === 'Secret' || (inSecretList && object.kind === undefined)
  const redacted: JsonObject = {}
  for (const [key, member] of Object.entries(isSecret ? withoutSecretValues(object) : object)) {
    redacted[key] = redactKubernetesSecrets(member, key === 'items' && object.kind === 'SecretList')
  }
  return redacted
}

/** A redacted copy of a request, response, serviceData or metadata member; undefined stays undefined. */
export function redactBody(value: unknown): unknown {
  if (value === undefined) return undefined
  return redactSecretMembers(redactKubernetesSecrets(value), SECRET_MEMBERS)
}

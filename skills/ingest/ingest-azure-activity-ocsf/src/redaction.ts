/** Secrets never leave the log: request and response bodies keep their shape and names, not secret values. */
import { redactSecretMembers } from '#shared/ingest/index.ts'
import { KEY_VAULT_SECRET_TYPE, SECRET_MEMBERS, SECRET_VALUE_MEMBERS } from './mappings/secret-members.ts'

/** A redacted copy of a body; for a Key Vault secret, its `value` goes too. */
export function redactBody(body: unknown, resourceType: string | undefined): unknown {
  if (body === undefined) return undefined
  const isKeyVaultSecret = resourceType?.toLowerCase() === KEY_VAULT_SECRET_TYPE
  return redactSecretMembers(body, isKeyVaultSecret ? SECRET_VALUE_MEMBERS : SECRET_MEMBERS)
}

/**
 * Tool call arguments are kept for investigation (what the model sent to a tool), but agents pass
 * credentials through tools too. These argument names lose their values; they compare without case,
 * `_` or `-` (secretMemberKey), and every string left is scrubbed of token shapes as well. A count such
 * as `max_tokens` is not on the list, so it stays.
 */
import { secretMemberKey } from '#shared/ingest/index.ts'

export const CREDENTIAL_ARGUMENTS: ReadonlySet<string> = new Set(
  [
    'password',
    'passwd',
    'passphrase',
    'secret',
    'client_secret',
    'api_secret',
    'token',
    'access_token',
    'refresh_token',
    'id_token',
    'auth_token',
    'bearer_token',
    'session_token',
    'api_token',
    'github_token',
    'api_key',
    'access_key',
    'secret_key',
    'secret_access_key',
    'private_key',
    'authorization',
    'auth',
    'credential',
    'credentials',
    'cookie',
    'connection_string',
  ].map(secretMemberKey),
)

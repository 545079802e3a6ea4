/**
 * One read-only Resource Manager call inside a collection: a failure (denied, throttled after the SDK's
 * retries, a resource provider not registered, the network) becomes the message recorded for that part of
 * the snapshot, so its controls say Unknown. Credentials that do not work stop the whole collection, and a
 * defect in this code is not a call failure and still propagates.
 */
import { classifyCloudError, toServiceError } from '#shared/cloud/index.ts'

export const CREDENTIALS_HINT =
  'DefaultAzureCredential: AZURE_TENANT_ID, AZURE_CLIENT_ID and a secret or certificate, workload identity, a managed identity, or `az login`'

export interface ArmCall {
  /** The service as users know it, e.g. "Azure Storage". */
  readonly service: string
  /** The REST operation, e.g. "Storage Accounts - List". */
  readonly operation: string
  /** The Azure RBAC action it needs, e.g. "Microsoft.Storage/storageAccounts/read". */
  readonly permission: string
}

/** The SDK's HTTP errors are RestErrors; the credential chain throws its own named errors. */
function isSdkFailure(error: unknown): boolean {
  const name = (error as { name?: unknown } | null)?.name
  return name === 'RestError' || classifyCloudError(error) === 'credentials'
}

export async function attempt<Key extends string, Value>(
  errors: Partial<Record<Key, string>>,
  key: Key,
  call: ArmCall,
  read: () => Promise<Value>,
): Promise<Value | undefined> {
  if (errors[key] !== undefined) return undefined
  try {
    return await read()
  } catch (error) {
    if (!isSdkFailure(error)) throw error
    const failure = toServiceError(
      { ...call, credentialsHint: CREDENTIALS_HINT, throttledHint: 'run again later' },
      error,
    )
    if (classifyCloudError(error) === 'credentials') throw failure
    errors[key] = failure.message
    return undefined
  }
}

/** Storage data-plane requests: the requester or the key, the address and port, and a URL without its signature. */
import { describe, expect, it } from 'vitest'
import type { ApiActivity } from '#shared/ocsf/index.ts'
import { runProcessor } from '../../../../tests/helpers/in-process.ts'
import { zodProblems } from '../../../../tests/helpers/validators.ts'
import { createAzureActivityProcessor } from '../src/azure-activity-processor.ts'
import { SAS_BLOB_READ } from './diagnostic-records.ts'

async function ingest(record: unknown): Promise<ApiActivity> {
  const run = await runProcessor(createAzureActivityProcessor(), [record])
  expect(zodProblems(run.events)).toEqual([])
  return run.events[0] as ApiActivity
}

describe('a storage request', () => {
  it('is a Read of the blob with the SAS key hash, the caller port, and the signature redacted', async () => {
    const event = await ingest(SAS_BLOB_READ)
    expect(event).toMatchObject({
      activity_id: 2,
      status_id: 1,
      status_code: '200',
      actor: {
        user: { name: 'unknown' },
        session: { credential_uid: 'key1(0A1B2C3D4E5F60718293A4B5C6D7E8F9)' },
      },
      api: {
        operation: 'GetBlob',
        service: { name: 'Microsoft.Storage' },
        request: { uid: '0f0e0d0c-0b0a-4909-8807-060504030201' },
      },
      src_endpoint: { ip: '198.51.100.23', port: 51234 },
      http_request: {
        user_agent: 'curl/8.4.0',
        url: {
          hostname: 'proddata.blob.core.windows.net',
          path: '/backups/db.bak',
          query_string: 'sv=2022-11-02&sp=r&se=2026-03-03T00%3A00%3A00Z&sig=[redacted]',
        },
      },
      resources: [
        { uid: '/proddata/backups/db.bak', name: 'db.bak', type: 'blob' },
        {
          name: 'default',
          type: 'Microsoft.Storage/storageAccounts/blobServices',
          group: { name: 'prod-rg' },
        },
      ],
      cloud: { provider: 'Azure', region: 'westeurope' },
      metadata: { log_name: 'StorageRead', log_provider: 'Azure Storage resource logs' },
      unmapped: { authorization_type: 'SAS' },
    })
    expect(JSON.stringify(event)).not.toContain('exampleSignatureNotReal')
  })

  it.each([
    [
      'an OAuth requester',
      {
        identity: {
          type: 'OAuth',
          requester: { upn: 'mallory@contoso.com', objectId: 'oid-7', appId: 'app-9' },
        },
      },
      { user: { name: 'mallory@contoso.com', uid: 'oid-7', type_id: 1 }, app_uid: 'app-9' },
    ],
    [
      'an anonymous caller',
      { identity: { type: 'Anonymous' } },
      { user: { name: 'anonymous', type_id: 99, type: 'Anonymous' } },
    ],
  ])('names %s', async (_, change, actor) => {
    const event = await ingest({ ...SAS_BLOB_READ, ...change })
    expect(event.actor).toMatchObject(actor)
  })

  it.each([
    ['a 403', { statusCode: 403, statusText: 'AuthorizationPermissionMismatch' }, 2, 'DeleteBlob', 4],
    ['a PutBlob answered 201', { statusCode: 201, statusText: 'Success' }, 1, 'PutBlob', 1],
    [
      'a failure named only by metricResponseType',
      {
        statusCode: undefined,
        statusText: undefined,
        properties: { ...SAS_BLOB_READ.properties, metricResponseType: 'AuthorizationFailure' },
      },
      2,
      'SetBlobMetadata',
      3,
    ],
  ])('reads the outcome of %s', async (_, change, statusId, operationName, activityId) => {
    const event = await ingest({ ...SAS_BLOB_READ, ...change, operationName })
    expect(event.status_id).toBe(statusId)
    expect(event.activity_id).toBe(activityId)
  })
})

/** Every form an Activity Log event arrives in is read into the REST shape; what is not an API call is dropped. */
import { describe, expect, it } from 'vitest'
import { readActivityRecord, recordsOfValue } from '../src/activity-record.ts'
import { ROLE_ASSIGNMENT_RECORD, SAS_BLOB_READ } from './diagnostic-records.ts'
import { ROLE_ASSIGNMENT_WRITE, SERVICE_HEALTH_NOTICE } from './sample-events.ts'

function recordOf(raw: unknown) {
  const result = readActivityRecord(raw)
  if (!('record' in result)) throw new Error(`dropped: ${result.dropReason}`)
  return result.record
}

describe('readActivityRecord', () => {
  it('takes REST EventData as it is', () => {
    const record = recordOf(ROLE_ASSIGNMENT_WRITE)
    expect(record.form).toBe('rest')
    expect(record.event).toBe(ROLE_ASSIGNMENT_WRITE)
  })

  it('renames the snake_case members of the Python SDK, but not the claims, which are data', () => {
    const record = recordOf({
      event_timestamp: '2022-02-09T03:04:54.297853Z',
      operation_name: { value: 'Microsoft.Compute/disks/delete', localized_value: 'Delete disk' },
      http_request: { client_request_id: 'r1', client_ip_address: '198.51.100.9', method: 'DELETE' },
      claims: {
        'http://schemas.microsoft.com/identity/claims/objectidentifier': 'oid-1',
        ipaddr: '198.51.100.9',
      },
      sub_status: { value: 'OK' },
    })
    expect(record.form).toBe('sdk')
    expect(record.event).toEqual({
      eventTimestamp: '2022-02-09T03:04:54.297853Z',
      operationName: { value: 'Microsoft.Compute/disks/delete', localizedValue: 'Delete disk' },
      httpRequest: { clientRequestId: 'r1', clientIpAddress: '198.51.100.9', method: 'DELETE' },
      claims: {
        'http://schemas.microsoft.com/identity/claims/objectidentifier': 'oid-1',
        ipaddr: '198.51.100.9',
      },
      subStatus: { value: 'OK' },
    })
  })

  it('reads a diagnostic-settings record by the published property mapping', () => {
    const record = recordOf(ROLE_ASSIGNMENT_RECORD)
    expect(record.form).toBe('diagnostic')
    expect(record.event).toMatchObject({
      eventTimestamp: ROLE_ASSIGNMENT_RECORD.time,
      operationName: { value: 'MICROSOFT.AUTHORIZATION/ROLEASSIGNMENTS/WRITE' },
      category: { value: 'Administrative' },
      status: { value: 'Success' },
      subStatus: { value: 'Succeeded.Created' },
      httpRequest: { clientIpAddress: '203.0.113.77' },
      claims: ROLE_ASSIGNMENT_RECORD.identity.claims,
      authorization: ROLE_ASSIGNMENT_RECORD.identity.authorization,
      properties: ROLE_ASSIGNMENT_RECORD.properties,
      durationMs: 1046,
    })
  })

  it('reads nested eventProperties and an operationName written as an object', () => {
    const record = recordOf({
      time: '2026-03-02T09:00:00Z',
      operationName: { value: 'Microsoft.Authorization/elevateAccess/action' },
      resultType: 'Success',
      properties: {
        eventCategory: 'Administrative',
        eventName: 'EndRequest',
        operationId: 'op-1',
        eventProperties: { statusCode: 'OK' },
      },
    })
    expect(record.event).toMatchObject({
      operationName: { value: 'Microsoft.Authorization/elevateAccess/action' },
      eventName: { value: 'EndRequest' },
      operationId: 'op-1',
      properties: { statusCode: 'OK' },
    })
  })

  it('keeps Storage resource logs in their own shape, by category or, without one, by their resource and account', () => {
    expect(recordOf(SAS_BLOB_READ).form).toBe('storage')
    const { category, ...uncategorised } = SAS_BLOB_READ
    expect(recordOf(uncategorised)).toEqual({ form: 'storage', event: uncategorised })
  })

  it.each([
    [
      'an Advisor recommendation',
      {
        time: '2026-03-02T09:00:00Z',
        operationName: 'Microsoft.Advisor/recommendations/available/action',
        category: 'Recommendation',
      },
      'Azure Advisor recommendation, not an API call',
    ],
    ['a Service Health notice', SERVICE_HEALTH_NOTICE, 'Service Health notice, not an API call'],
    [
      'an AKS audit record',
      {
        time: '2026-03-02T09:00:00Z',
        category: 'kube-audit',
        operationName: 'Microsoft.ContainerService/managedClusters/diagnosticLogs/Read',
        properties: { log: '{}' },
      },
      'AKS audit record (read it with ingest-k8s-audit-ocsf)',
    ],
    [
      'a Key Vault data-plane log',
      { time: '2026-03-02T09:00:00Z', category: 'AuditEvent', operationName: 'SecretGet' },
      'resource log of another category, not the Activity Log',
    ],
  ])('drops %s', (_, raw, reason) => {
    expect(readActivityRecord(raw)).toEqual({ dropReason: reason })
  })

  it.each([
    ['a JSON value that is not an object', 'text', 'not a JSON object'],
    [
      'an object with neither operation nor category',
      { time: '2026-03-02T09:00:00Z', level: 'Information' },
      'not an Azure Activity Log record',
    ],
    [
      'an Administrative record without an operation',
      { time: '2026-03-02T09:00:00Z', category: 'Administrative' },
      'not a usable Activity Log event',
    ],
  ])('reports %s', (_, raw, reason) => {
    expect(() => readActivityRecord(raw)).toThrow(expect.objectContaining({ reason }))
  })
})

describe('recordsOfValue', () => {
  it('unwraps Event Hub and storage batches and REST pages, and leaves an event alone', () => {
    expect(recordsOfValue({ records: [ROLE_ASSIGNMENT_RECORD] })).toEqual([ROLE_ASSIGNMENT_RECORD])
    expect(recordsOfValue({ value: [ROLE_ASSIGNMENT_WRITE], nextLink: 'https://x' })).toEqual([
      ROLE_ASSIGNMENT_WRITE,
    ])
    expect(recordsOfValue([ROLE_ASSIGNMENT_WRITE])).toEqual([ROLE_ASSIGNMENT_WRITE])
    expect(recordsOfValue(ROLE_ASSIGNMENT_WRITE)).toEqual([ROLE_ASSIGNMENT_WRITE])
  })
})

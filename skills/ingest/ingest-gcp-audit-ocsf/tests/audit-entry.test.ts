/** Every form a Cloud Audit Logs entry arrives in is read into the same AuditEntry; other entries are dropped or reported. */
import { describe, expect, it } from 'vitest'
import { readAuditEntry, recordsOfValue } from '../src/audit-entry.ts'
import { CREATE_SERVICE_ACCOUNT_KEY, REQUEST_LOG, SET_IAM_POLICY_OWNER } from './sample-entries.ts'

function entryOf(record: unknown) {
  const result = readAuditEntry(record)
  if (!('entry' in result)) throw new Error(`dropped: ${result.dropReason}`)
  return result.entry
}

describe('readAuditEntry', () => {
  it('reads a LogEntry as the API and gcloud write it', () => {
    const entry = entryOf(CREATE_SERVICE_ACCOUNT_KEY)
    expect(entry.form).toBe('log-entry')
    expect(entry.entry.insertId).toBe('k3y7abc1d2e3')
    expect(entry.auditLog.methodName).toBe('google.iam.admin.v1.CreateServiceAccountKey')
  })

  it('reads an entry whose top-level keys an export lower-cased, and prefers the API spelling when both are there', () => {
    const { protoPayload, insertId, logName, receiveTimestamp, ...rest } = SET_IAM_POLICY_OWNER
    const lowerCased = {
      ...rest,
      protopayload: protoPayload,
      insertid: insertId,
      logname: logName,
      receivetimestamp: receiveTimestamp,
    }
    const entry = entryOf(lowerCased)
    expect(entry.entry.insertId).toBe(insertId)
    expect(entry.entry.logName).toBe(logName)
    expect(entry.auditLog.methodName).toBe('SetIamPolicy')
    expect(entryOf({ ...lowerCased, insertId: 'api-spelling' }).entry.insertId).toBe('api-spelling')
  })

  it('reads a BigQuery export row, parsing its JSON string columns back into the AuditLog members', () => {
    const { request, response, serviceData, ...auditLog } = SET_IAM_POLICY_OWNER.protoPayload
    const row = {
      logName: SET_IAM_POLICY_OWNER.logName,
      timestamp: '2026-03-02 09:31:40.118 UTC',
      insertId: SET_IAM_POLICY_OWNER.insertId,
      protopayload_auditlog: {
        ...auditLog,
        requestJson: JSON.stringify(request),
        responseJson: JSON.stringify(response),
        serviceDataJson: JSON.stringify(serviceData),
        metadataJson: null,
      },
    }
    const entry = entryOf(row)
    expect(entry.form).toBe('bigquery-export')
    expect(entry.auditLog.request).toEqual(request)
    expect(entry.auditLog.response).toEqual(response)
    expect(entry.auditLog.serviceData).toEqual(serviceData)
    expect(entry.auditLog.metadata).toBeUndefined()
  })

  it('reports a BigQuery column that is not JSON', () => {
    const row = {
      logName: 'projects/p/logs/x',
      protopayload_auditlog: { methodName: 'SetIamPolicy', requestJson: '{"policy":' },
    }
    expect(() => readAuditEntry(row)).toThrow(
      expect.objectContaining({ reason: 'malformed BigQuery requestJson column' }),
    )
  })

  it.each([
    ['a text log entry', REQUEST_LOG, 'Cloud Logging entry without an AuditLog payload'],
    [
      'a JSON log entry',
      { logName: 'projects/p/logs/app', jsonPayload: { message: 'hello' } },
      'Cloud Logging entry without an AuditLog payload',
    ],
    [
      'an entry with only an operation',
      { operation: { producer: 'k8s.io' } },
      'Cloud Logging entry without an AuditLog payload',
    ],
    [
      'an App Engine request log',
      {
        logName: 'projects/p/logs/appengine.googleapis.com%2Frequest_log',
        protoPayload: {
          '@type': 'type.googleapis.com/google.appengine.logging.v1.RequestLog',
          methodName: 'GET',
        },
      },
      'Cloud Logging entry with another protoPayload type',
    ],
  ])('drops %s as not an audit log', (_, record, reason) => {
    expect(readAuditEntry(record)).toEqual({ dropReason: reason })
  })

  it.each([
    ['a JSON value that is not an object', [1, 2], 'not a JSON object'],
    [
      'an object that is no LogEntry',
      { methodName: 'v1.compute.firewalls.insert' },
      'not a Cloud Logging entry',
    ],
    [
      'an AuditLog without a methodName',
      { protoPayload: { authorizationInfo: [{ permission: 'iam.roles.update' }] } },
      'not a usable audit entry',
    ],
  ])('reports %s', (_, record, reason) => {
    expect(() => readAuditEntry(record)).toThrow(expect.objectContaining({ reason }))
  })
})

describe('recordsOfValue', () => {
  it('unwraps gcloud arrays and entries.list responses, and leaves an entry alone', () => {
    expect(recordsOfValue([REQUEST_LOG, SET_IAM_POLICY_OWNER])).toHaveLength(2)
    expect(recordsOfValue({ entries: [REQUEST_LOG], nextPageToken: 'x' })).toEqual([REQUEST_LOG])
    expect(recordsOfValue(SET_IAM_POLICY_OWNER)).toEqual([SET_IAM_POLICY_OWNER])
  })
})

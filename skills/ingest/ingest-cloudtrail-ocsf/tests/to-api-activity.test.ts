/** The rest of the field map: status, source endpoint, request and response, cloud, and what stays unmapped. */
import { describe, expect, it } from 'vitest'
import type { ApiActivity } from '#shared/ocsf/index.ts'
import { runProcessor } from '../../../../tests/helpers/in-process.ts'
import { zodProblems } from '../../../../tests/helpers/validators.ts'
import { createCloudTrailProcessor } from '../src/cloudtrail-processor.ts'
import { ASSUME_ROLE, CONSOLE_LOGIN, CREATE_ACCESS_KEY, STOP_LOGGING_DENIED } from './sample-records.ts'

async function ingestOne(record: unknown): Promise<ApiActivity> {
  const run = await runProcessor(createCloudTrailProcessor(), [record])
  expect(zodProblems(run.events)).toEqual([])
  expect(run.events).toHaveLength(1)
  return run.events[0] as ApiActivity
}

describe('status', () => {
  it('is Success without an errorCode', async () => {
    const event = await ingestOne(CREATE_ACCESS_KEY)
    expect(event).toMatchObject({ status_id: 1, status: 'Success' })
    expect(event.api.response?.error).toBeUndefined()
  })

  it('is Failure with the errorCode and errorMessage', async () => {
    const event = await ingestOne(STOP_LOGGING_DENIED)
    expect(event).toMatchObject({
      status_id: 2,
      status: 'Failure',
      status_code: 'AccessDenied',
      status_detail: STOP_LOGGING_DENIED.errorMessage,
      api: { response: { error: 'AccessDenied', error_message: STOP_LOGGING_DENIED.errorMessage } },
      message: 'mallory StopLogging on cloudtrail.amazonaws.com (AccessDenied)',
    })
  })

  it('is Failure for a console sign-in that failed, which has no errorCode', async () => {
    const failed = {
      ...CONSOLE_LOGIN,
      responseElements: { ConsoleLogin: 'Failure' },
      errorMessage: 'Failed authentication',
    }
    const event = await ingestOne(failed)
    expect(event).toMatchObject({ status_id: 2, status_detail: 'Failed authentication', activity_id: 99 })
    expect(event.status_code).toBeUndefined()
  })
})

describe('src_endpoint', () => {
  it.each([
    ['an IPv4 address', '203.0.113.45', { ip: '203.0.113.45' }, undefined],
    ['an IPv6 address', '2001:db8::10', { ip: '2001:db8::10' }, undefined],
    [
      'an AWS service calling on the principal behalf',
      'cloudformation.amazonaws.com',
      { svc_name: 'cloudformation.amazonaws.com' },
      undefined,
    ],
    ['AWS Internal', 'AWS Internal', { name: 'AWS Internal' }, undefined],
    [
      'an address with a leading zero, which does not parse',
      '201.252.42.03',
      { name: 'unknown' },
      '201.252.42.03',
    ],
    ['a redacted address', '<Attacker source IP>', { name: 'unknown' }, '<Attacker source IP>'],
  ])('maps %s', async (_name, address, endpoint, unmapped) => {
    const event = await ingestOne({ ...CREATE_ACCESS_KEY, sourceIPAddress: address })
    expect(event.src_endpoint).toEqual(endpoint)
    expect(event.unmapped?.source_ip_address).toBe(unmapped)
  })

  it('names the VPC endpoint the call came through', async () => {
    const event = await ingestOne({
      ...CREATE_ACCESS_KEY,
      sourceIPAddress: '10.0.1.23',
      vpcEndpointId: 'vpce-0abc',
    })
    expect(event.src_endpoint).toEqual({ ip: '10.0.1.23', uid: 'vpce-0abc' })
  })

  it('is a named placeholder when the record has no address', async () => {
    const event = await ingestOne({ ...CREATE_ACCESS_KEY, sourceIPAddress: undefined })
    expect(event.src_endpoint).toEqual({ name: 'unknown' })
    expect(event.unmapped?.source_ip_address).toBeUndefined()
  })
})

describe('api', () => {
  it('keeps request parameters and response elements for detectors, and the user agent', async () => {
    const event = await ingestOne(ASSUME_ROLE)
    expect(event.api).toMatchObject({
      operation: 'AssumeRole',
      service: { name: 'sts.amazonaws.com' },
      request: { uid: ASSUME_ROLE.requestID, data: ASSUME_ROLE.requestParameters },
      response: { data: { assumedRoleUser: ASSUME_ROLE.responseElements.assumedRoleUser } },
    })
    expect(event.http_request).toEqual({ user_agent: 'Boto3/1.34.0' })
  })

  it('uses the eventID as request uid when CloudTrail logged no requestID', async () => {
    const event = await ingestOne({ ...CREATE_ACCESS_KEY, requestID: undefined })
    expect(event.api.request).toEqual({ uid: CREATE_ACCESS_KEY.eventID, data: { userName: 'bob' } })
  })

  it('uses the stable event uid as request uid when there is neither', async () => {
    const event = await ingestOne({ ...CREATE_ACCESS_KEY, requestID: undefined, eventID: undefined })
    expect(event.api.request?.uid).toBe(event.metadata.uid)
  })

  it('leaves api.request out when there is no request id and no parameters', async () => {
    const event = await ingestOne(CONSOLE_LOGIN)
    expect(event.api.request).toBeUndefined()
    expect(event.api.response).toEqual({ data: { ConsoleLogin: 'Success' } })
  })

  it('keeps the API version of services that log one', async () => {
    const event = await ingestOne({ ...CREATE_ACCESS_KEY, apiVersion: '2012-08-10' })
    expect(event.api.version).toBe('2012-08-10')
  })
})

describe('cloud and metadata', () => {
  it('uses the recipient account, which owns the log, not the caller account', async () => {
    const crossAccount = {
      ...ASSUME_ROLE,
      recipientAccountId: '210987654321',
      userIdentity: { ...ASSUME_ROLE.userIdentity, accountId: '123456789012' },
    }
    const event = await ingestOne(crossAccount)
    expect(event.cloud).toEqual({ provider: 'AWS', region: 'us-east-1', account: { uid: '210987654321' } })
    expect(event.actor.user?.account).toEqual({ uid: '123456789012' })
  })

  it('keeps an unknown Region verbatim and leaves an unknown account out', async () => {
    const event = await ingestOne({
      ...CREATE_ACCESS_KEY,
      awsRegion: 'megov-westwest-1r',
      recipientAccountId: undefined,
    })
    expect(event.cloud).toEqual({ provider: 'AWS', region: 'megov-westwest-1r' })
  })

  it('records provenance: the event id, its original time and the log version', async () => {
    const event = await ingestOne(CREATE_ACCESS_KEY)
    expect(event.metadata).toMatchObject({
      version: '1.8.0',
      profiles: ['cloud'],
      original_event_uid: CREATE_ACCESS_KEY.eventID,
      original_time: '2026-03-02T09:31:12Z',
      log_version: '1.09',
      log_source: 'test.jsonl',
      sequence: 1,
      product: { feature: { name: 'ingest-cloudtrail-ocsf' } },
    })
  })

  it('keeps what OCSF has no attribute for in unmapped', async () => {
    const event = await ingestOne(ASSUME_ROLE)
    expect(event.unmapped).toEqual({
      event_type: 'AwsApiCall',
      event_category: 'Management',
      management_event: true,
      read_only: true,
      source_identity: 'alice',
      shared_event_id: ASSUME_ROLE.sharedEventID,
    })
  })
})

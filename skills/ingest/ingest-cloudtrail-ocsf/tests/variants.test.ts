/** Every form CloudTrail records arrive in becomes the same API Activity event; what is not a record is accounted for. */
import { describe, expect, it } from 'vitest'
import type { ApiActivity } from '#shared/ocsf/index.ts'
import { runProcessor } from '../../../../tests/helpers/in-process.ts'
import { zodProblems } from '../../../../tests/helpers/validators.ts'
import { createCloudTrailProcessor } from '../src/cloudtrail-processor.ts'
import {
  asEventBridgeEvent,
  asLookupEvent,
  CREATE_ACCESS_KEY,
  STOP_LOGGING_DENIED,
} from './sample-records.ts'

async function ingest(input: readonly unknown[] | string, options = {}) {
  const run = await runProcessor(createCloudTrailProcessor(options), input)
  expect(zodProblems(run.events)).toEqual([])
  expect(run.reporter.isBalanced()).toBe(true)
  return { ...run, events: run.events as ApiActivity[] }
}

/** What every form of CREATE_ACCESS_KEY must give, whatever wrapped it. */
function expectCreateAccessKey(event: ApiActivity | undefined) {
  expect(event).toMatchObject({
    class_uid: 6003,
    activity_id: 1,
    type_uid: 600301,
    time: Date.UTC(2026, 2, 2, 9, 31, 12),
    actor: { user: { name: 'alice', uid: 'arn:aws:iam::123456789012:user/alice', type_id: 1 } },
    api: {
      operation: 'CreateAccessKey',
      service: { name: 'iam.amazonaws.com' },
      request: { uid: 'f1c5a3e2-3c7b-4d57-9d1e-2a1b0c9d8e7f', data: { userName: 'bob' } },
    },
    src_endpoint: { ip: '203.0.113.45' },
    resources: [{ type: 'AWS::IAM::User', name: 'bob' }],
    cloud: { provider: 'AWS', region: 'us-east-1', account: { uid: '123456789012' } },
    status_id: 1,
    metadata: { profiles: ['cloud'], original_event_uid: '6b3d1d44-8f21-4a8b-a0f6-0c6b8c8f1a01' },
  })
}

describe('input forms', () => {
  it('reads a pretty-printed {"Records": [...]} log file as CloudTrail delivers it to S3', async () => {
    const file = JSON.stringify({ Records: [CREATE_ACCESS_KEY, STOP_LOGGING_DENIED] }, null, 2)
    const { events } = await ingest(file)
    expect(events).toHaveLength(2)
    expectCreateAccessKey(events[0])
    expect(events[0]?.metadata.log_provider).toBe('AWS CloudTrail')
  })

  it('reads a JSON array and one record per line', async () => {
    const array = await ingest(JSON.stringify([CREATE_ACCESS_KEY, STOP_LOGGING_DENIED]))
    const lines = await ingest([CREATE_ACCESS_KEY, STOP_LOGGING_DENIED])
    expect(array.events).toHaveLength(2)
    expectCreateAccessKey(array.events[0])
    expect(lines.events.map((event) => event.metadata.uid)).toEqual(
      array.events.map((event) => event.metadata.uid),
    )
    expect(lines.events[1]?.metadata.sequence).toBe(2)
  })

  it('reads EventBridge events, with the envelope as fallback for time, account and region', async () => {
    const { events } = await ingest([asEventBridgeEvent(CREATE_ACCESS_KEY)])
    expectCreateAccessKey(events[0])
    expect(events[0]?.metadata.log_provider).toBe('AWS CloudTrail via Amazon EventBridge')
    const bare = {
      ...CREATE_ACCESS_KEY,
      eventTime: undefined,
      awsRegion: undefined,
      recipientAccountId: undefined,
    }
    const [fallback] = (await ingest([asEventBridgeEvent(bare)])).events
    expect(fallback?.time).toBe(Date.UTC(2026, 2, 2, 9, 31, 13))
    expect(fallback?.metadata.original_time).toBe('2026-03-02T09:31:13Z')
    expect(fallback?.cloud).toEqual({
      provider: 'AWS',
      region: 'us-east-1',
      account: { uid: '123456789012' },
    })
  })

  it('reads LookupEvents results, one per line or as `aws cloudtrail lookup-events` output', async () => {
    const result = asLookupEvent(CREATE_ACCESS_KEY, [{ ResourceType: 'AWS::IAM::User', ResourceName: 'bob' }])
    const line = await ingest([result])
    const cliOutput = await ingest(JSON.stringify({ Events: [result], NextToken: 'abc' }, null, 2))
    expectCreateAccessKey(line.events[0])
    expectCreateAccessKey(cliOutput.events[0])
    expect(line.events[0]?.resources).toHaveLength(1)
    expect(line.events[0]?.metadata.log_provider).toBe('AWS CloudTrail event history (LookupEvents)')
  })

  it('gives one call the same uid whichever form it was read from', async () => {
    const forms = [CREATE_ACCESS_KEY, asEventBridgeEvent(CREATE_ACCESS_KEY), asLookupEvent(CREATE_ACCESS_KEY)]
    const { events } = await ingest(forms)
    expect(new Set(events.map((event) => event.metadata.uid)).size).toBe(1)
  })

  it('reads records whose top-level keys an export lower-cased', async () => {
    const lowerCased = Object.fromEntries(
      Object.entries(CREATE_ACCESS_KEY).map(([key, value]) => [key.toLowerCase(), value]),
    )
    const { events } = await ingest([lowerCased])
    expectCreateAccessKey(events[0])
  })
})

describe('records that are not API calls', () => {
  it.each([
    [
      'an Insights event',
      { ...CREATE_ACCESS_KEY, eventType: 'AwsCloudTrailInsight', eventCategory: 'Insight' },
    ],
    [
      'an Insights event from EventBridge',
      asEventBridgeEvent(CREATE_ACCESS_KEY, 'AWS Insight via CloudTrail'),
    ],
    [
      'an EventBridge event of another source',
      {
        'detail-type': 'EC2 Instance State-change Notification',
        source: 'aws.ec2',
        time: '2026-03-02T09:31:13Z',
        detail: { 'instance-id': 'i-0abcd1234efgh5678', state: 'running' },
      },
    ],
    ['a digest file', { awsAccountId: '123456789012', digestPublicKeyFingerprint: 'a1b2c3', logFiles: [] }],
    [
      'an S3 event notification',
      { eventVersion: '2.1', eventSource: 'aws:s3', eventName: 'ObjectCreated:Put' },
    ],
  ])('drops %s with its reason and no warning', async (_name, record) => {
    const run = await ingest([record])
    expect(run.events).toEqual([])
    expect(run.reporter.dropped.size).toBe(1)
    expect(run.warnings).toEqual([])
  })

  it.each([
    ['a line that is not JSON', '{"eventName": "CreateUser", ', 'malformed JSON'],
    ['a JSON value that is not an object', '"CreateUser"', 'not a JSON object'],
    ['an object without eventName', '{"eventType": "logout"}', 'not a CloudTrail record'],
    [
      'a LookupEvents result whose CloudTrailEvent is not JSON',
      '{"CloudTrailEvent": "{oops"}',
      'malformed CloudTrailEvent',
    ],
    [
      'a record without a time',
      JSON.stringify({ ...CREATE_ACCESS_KEY, eventTime: undefined }),
      'no usable timestamp',
    ],
    [
      'a record with a time that means nothing',
      JSON.stringify({ ...CREATE_ACCESS_KEY, eventTime: 'redacted' }),
      'no usable timestamp',
    ],
  ])('skips %s, names the line and goes on', async (_name, line, reason) => {
    const text = `${line}\n${JSON.stringify(STOP_LOGGING_DENIED)}\n`
    const run = await ingest(text)
    expect(run.events).toHaveLength(1)
    expect(run.reporter.skipped.get(reason)).toBe(1)
    expect(run.warnings).toEqual([
      expect.stringMatching(new RegExp(`^test: test\\.jsonl:1: skipped: ${reason}`)),
    ])
  })

  it('stamps a record without a time with --assume-time, labelled so', async () => {
    const assumeTime = Date.UTC(2026, 0, 1)
    const { events } = await ingest([{ ...CREATE_ACCESS_KEY, eventTime: undefined }], { assumeTime })
    expect(events[0]?.time).toBe(assumeTime)
    expect(events[0]?.metadata.labels).toEqual(['time-assumed'])
    expect(events[0]?.metadata.original_time).toBeUndefined()
  })

  it('reads the space-separated times some exports write, as UTC', async () => {
    const { events } = await ingest([{ ...CREATE_ACCESS_KEY, eventTime: '2024-11-25 17:51:21.000000000' }])
    expect(events[0]?.time).toBe(Date.UTC(2024, 10, 25, 17, 51, 21))
    expect(events[0]?.metadata.original_time).toBe('2024-11-25 17:51:21.000000000')
  })
})

/** Times without guessing, repeats dropped, every record accounted for, and the same input giving the same output. */
import { describe, expect, it } from 'vitest'
import type { ApiActivity } from '#shared/ocsf/index.ts'
import { runProcessor } from '../../../../tests/helpers/in-process.ts'
import { createGcpAuditProcessor } from '../src/gcp-audit-processor.ts'
import { DELETE_SINK_DENIED, REQUEST_LOG, SET_IAM_POLICY_OWNER } from './sample-entries.ts'

const { timestamp, receiveTimestamp, ...untimed } = SET_IAM_POLICY_OWNER

describe('event times', () => {
  it.each([
    [
      'the RFC 3339 timestamp',
      { ...untimed, timestamp: '2026-03-02T09:31:40.118Z' },
      Date.UTC(2026, 2, 2, 9, 31, 40, 118),
    ],
    [
      'a space-separated timestamp, as UTC',
      { ...untimed, timestamp: '2026-03-02 09:31:40.118000000' },
      Date.UTC(2026, 2, 2, 9, 31, 40, 118),
    ],
    [
      'the request time when the entry has no timestamp',
      {
        ...untimed,
        protoPayload: {
          ...untimed.protoPayload,
          requestMetadata: { requestAttributes: { time: '2026-03-02T09:31:39.5Z' } },
        },
      },
      Date.UTC(2026, 2, 2, 9, 31, 39, 500),
    ],
    [
      'the receive time as the last resort',
      { ...untimed, receiveTimestamp: '2026-03-02T09:31:41Z' },
      Date.UTC(2026, 2, 2, 9, 31, 41),
    ],
  ])('come from %s', async (_, entry, time) => {
    const run = await runProcessor(createGcpAuditProcessor(), [entry])
    expect((run.events[0] as ApiActivity).time).toBe(time)
  })

  it('are never invented: an entry without one is reported, or stamped and labelled with --assume-time', async () => {
    const reported = await runProcessor(createGcpAuditProcessor(), [untimed])
    expect(reported.events).toEqual([])
    expect(reported.warnings).toEqual([
      'test: test.jsonl:1: skipped: no usable timestamp (the record has no time field)',
    ])
    const assumed = await runProcessor(createGcpAuditProcessor({ assumeTime: Date.UTC(2024, 0, 1) }), [
      untimed,
    ])
    expect(assumed.events[0]).toMatchObject({
      time: Date.UTC(2024, 0, 1),
      metadata: { labels: ['time-assumed'] },
    })
  })

  it('report an unreadable time', async () => {
    const run = await runProcessor(createGcpAuditProcessor(), [{ ...untimed, timestamp: 'yesterday' }])
    expect(run.warnings[0]).toContain('skipped: no usable timestamp (unreadable time "yesterday")')
  })
})

describe('accounting', () => {
  it('drops an entry delivered twice, keeps entries that only share an insertId, and accounts for every line', async () => {
    const sameIdOtherCall = {
      ...SET_IAM_POLICY_OWNER,
      protoPayload: { ...SET_IAM_POLICY_OWNER.protoPayload, methodName: 'GetIamPolicy' },
    }
    const text = [SET_IAM_POLICY_OWNER, SET_IAM_POLICY_OWNER, sameIdOtherCall, REQUEST_LOG]
      .map((entry) => JSON.stringify(entry))
      .concat(['{"broken":', JSON.stringify([DELETE_SINK_DENIED])])
      .join('\n')
    const run = await runProcessor(createGcpAuditProcessor(), text)
    expect(run.events).toHaveLength(3)
    expect(run.reporter.read).toBe(6)
    expect(run.reporter.processed).toBe(3)
    expect(Object.fromEntries(run.reporter.dropped)).toEqual({
      'the same entry delivered again': 1,
      'Cloud Logging entry without an AuditLog payload': 1,
    })
    expect(Object.fromEntries(run.reporter.skipped)).toEqual({ 'malformed JSON': 1 })
    expect(run.reporter.isBalanced()).toBe(true)
    expect(run.warnings[0]).toMatch(/^test: test\.jsonl:5: skipped: malformed JSON/)
  })

  it('gives byte-identical output for the same input', async () => {
    const input = [SET_IAM_POLICY_OWNER, DELETE_SINK_DENIED]
    const first = await runProcessor(createGcpAuditProcessor(), input)
    const second = await runProcessor(createGcpAuditProcessor(), input)
    expect(first.text).toBe(second.text)
    expect(first.text.length).toBeGreaterThan(0)
  })
})

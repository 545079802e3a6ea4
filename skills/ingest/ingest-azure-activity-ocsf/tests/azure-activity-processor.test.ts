/** Times without guessing, repeats dropped, every record accounted for, and the same input giving the same output. */
import { describe, expect, it } from 'vitest'
import type { ApiActivity } from '#shared/ocsf/index.ts'
import { runProcessor } from '../../../../tests/helpers/in-process.ts'
import { createAzureActivityProcessor } from '../src/azure-activity-processor.ts'
import { ROLE_ASSIGNMENT_RECORD } from './diagnostic-records.ts'
import { NSG_RULE_OPEN_RDP, ROLE_ASSIGNMENT_WRITE, SERVICE_HEALTH_NOTICE } from './sample-events.ts'

describe('event times', () => {
  it('come from eventTimestamp, then submissionTimestamp; diagnostic records from time', async () => {
    const { eventTimestamp, ...untimed } = ROLE_ASSIGNMENT_WRITE
    const later = { ...untimed, eventDataId: 'another-event' }
    const run = await runProcessor(createAzureActivityProcessor(), [
      ROLE_ASSIGNMENT_WRITE,
      later,
      ROLE_ASSIGNMENT_RECORD,
    ])
    expect((run.events as ApiActivity[]).map((event) => event.time)).toEqual([
      Date.UTC(2026, 2, 2, 9, 15, 4, 215),
      Date.UTC(2026, 2, 2, 9, 16, 45, 72),
      Date.UTC(2026, 2, 2, 9, 15, 4, 215),
    ])
    expect((run.events[0] as ApiActivity).metadata.original_time).toBe('2026-03-02T09:15:04.2157361Z')
  })

  it('are never invented: an event without one is reported, or stamped and labelled with --assume-time', async () => {
    const { time, ...untimed } = ROLE_ASSIGNMENT_RECORD
    const reported = await runProcessor(createAzureActivityProcessor(), [untimed])
    expect(reported.events).toEqual([])
    expect(reported.warnings).toEqual([
      'test: test.jsonl:1: skipped: no usable timestamp (the record has no time field)',
    ])
    const assumed = await runProcessor(createAzureActivityProcessor({ assumeTime: Date.UTC(2024, 0, 1) }), [
      untimed,
    ])
    expect(assumed.events[0]).toMatchObject({
      time: Date.UTC(2024, 0, 1),
      metadata: { labels: ['time-assumed'] },
    })
  })
})

describe('accounting', () => {
  it('drops a repeated event and non-API categories, reports bad lines, and accounts for every record', async () => {
    const text = [
      JSON.stringify({ records: [ROLE_ASSIGNMENT_RECORD, ROLE_ASSIGNMENT_RECORD] }),
      JSON.stringify(ROLE_ASSIGNMENT_WRITE),
      JSON.stringify(ROLE_ASSIGNMENT_WRITE),
      JSON.stringify(SERVICE_HEALTH_NOTICE),
      '{"records": [',
      JSON.stringify({ value: [NSG_RULE_OPEN_RDP] }),
    ].join('\n')
    const run = await runProcessor(createAzureActivityProcessor(), text)
    expect(run.events).toHaveLength(3)
    expect(run.reporter.read).toBe(7)
    expect(Object.fromEntries(run.reporter.dropped)).toEqual({
      'the same event delivered again': 2,
      'Service Health notice, not an API call': 1,
    })
    expect(Object.fromEntries(run.reporter.skipped)).toEqual({ 'malformed JSON': 1 })
    expect(run.reporter.isBalanced()).toBe(true)
    expect(run.warnings[0]).toMatch(/^test: test\.jsonl:5: skipped: malformed JSON/)
  })

  it('gives byte-identical output for the same input', async () => {
    const input = [ROLE_ASSIGNMENT_RECORD, ROLE_ASSIGNMENT_WRITE, NSG_RULE_OPEN_RDP]
    const first = await runProcessor(createAzureActivityProcessor(), input)
    const second = await runProcessor(createAzureActivityProcessor(), input)
    expect(first.text).toBe(second.text)
    expect(first.text.length).toBeGreaterThan(0)
  })
})

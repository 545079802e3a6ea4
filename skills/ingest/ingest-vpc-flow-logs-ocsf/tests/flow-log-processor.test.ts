/** Every form goes in, every record is accounted for, and nothing gets a time the log does not state. */
import { describe, expect, it } from 'vitest'
import type { NetworkActivity } from '#shared/ocsf/index.ts'
import { runProcessor } from '../../../../tests/helpers/in-process.ts'
import { zodProblems } from '../../../../tests/helpers/validators.ts'
import { createFlowLogProcessor, type FlowLogOptions } from '../src/flow-log-processor.ts'

const ACCEPTED_SSH =
  '2 123456789010 eni-1235b8ca123456789 172.31.16.139 172.31.16.21 20641 22 6 20 4249 1418530010 1418530070 ACCEPT OK'
const REJECTED_RDP =
  '2 123456789010 eni-1235b8ca123456789 172.31.9.69 172.31.9.12 49761 3389 6 20 4249 1418530010 1418530070 REJECT OK'
const NODATA = '2 123456789010 eni-1235b8ca123456789 - - - - - - - 1431280876 1431280934 - NODATA'
const SKIPDATA = '2 123456789010 eni-11111111aaaaaaaaa - - - - - - - 1431280876 1431280934 - SKIPDATA'

async function ingest(text: string, options: FlowLogOptions = {}, source = 'flows.log') {
  const run = await runProcessor(createFlowLogProcessor(options), text, source)
  expect(zodProblems(run.events)).toEqual([])
  expect(run.reporter.isBalanced()).toBe(true)
  return { ...run, events: run.events as NetworkActivity[] }
}

describe('text files', () => {
  it('reads the default format and drops NODATA and SKIPDATA under their own reasons', async () => {
    const run = await ingest([ACCEPTED_SSH, NODATA, REJECTED_RDP, SKIPDATA].join('\n'))
    expect(run.events.map((event) => event.activity_name)).toEqual(['Traffic', 'Refuse'])
    expect(run.reporter.read).toBe(4)
    expect(run.reporter.dropped).toEqual(
      new Map([
        ['NODATA record: no traffic in the capture window', 1],
        ['SKIPDATA record: flows the capture window could not record', 1],
      ]),
    )
  })

  it('reads lines by the header line of their own file, and counts the header as dropped', async () => {
    const processor = createFlowLogProcessor()
    const custom = await runProcessor(
      processor,
      ['srcaddr dstaddr dstport action start', '10.0.0.5 10.0.0.9 5432 ACCEPT 1767225600'].join('\n'),
      'custom.log',
    )
    expect(custom.events).toHaveLength(1)
    expect(custom.events[0]).toMatchObject({ dst_endpoint: { ip: '10.0.0.9', port: 5432 } })
    expect(custom.reporter.dropped).toEqual(new Map([['format header', 1]]))
  })

  it("does not carry one file's header over to another input", async () => {
    const processor = createFlowLogProcessor()
    await runProcessor(processor, 'srcaddr dstaddr dstport action start\n', 'custom.log')
    const other = await runProcessor(processor, '10.0.0.5 10.0.0.9 5432 ACCEPT 1767225600', 'other.log')
    expect(other.events).toEqual([])
    expect(other.warnings[0]).toMatch(/^test: other\.log:1: skipped: unknown flow log format/)
  })

  it('reads a file without header by --log-format, and a header still wins in its own file', async () => {
    const format = ['srcaddr', 'dstaddr', 'dstport', 'start']
    const run = await ingest('10.0.0.5 10.0.0.9 5432 1767225600', { logFormat: format })
    expect(run.events[0]).toMatchObject({ dst_endpoint: { port: 5432 }, time: 1_767_225_600_000 })
    const headed = await ingest('dstport srcaddr dstaddr start\n443 10.0.0.5 10.0.0.9 1767225600', {
      logFormat: format,
    })
    expect(headed.events[0]).toMatchObject({ dst_endpoint: { ip: '10.0.0.9', port: 443 } })
  })

  it('skips malformed lines with a warning naming the file and line, and goes on', async () => {
    const run = await ingest(
      [
        ACCEPTED_SSH,
        '2 123456789010 eni-1 172.31.16.139 172.31.16.21 20641 22 6',
        '{"srcAddr": "10.0.0.1",',
        'garbage',
        ACCEPTED_SSH.replace('1418530010 1418530070', 'soon later'),
        REJECTED_RDP,
      ].join('\n'),
    )
    expect(run.events).toHaveLength(2)
    expect(run.warnings).toEqual([
      'test: flows.log:2: skipped: unknown flow log format (8 fields, no header line before it, and not the default version 2 format: pass --log-format)',
      expect.stringMatching(/^test: flows\.log:3: skipped: malformed JSON \(/),
      'test: flows.log:4: skipped: unknown flow log format (1 fields, no header line before it, and not the default version 2 format: pass --log-format)',
      'test: flows.log:5: skipped: no usable timestamp (unreadable time "soon")',
    ])
    expect(run.reporter.skipped).toEqual(
      new Map([
        ['unknown flow log format', 2],
        ['malformed JSON', 1],
        ['no usable timestamp', 1],
      ]),
    )
  })

  it('skips a line whose field count differs from its header', async () => {
    const run = await ingest('srcaddr dstaddr start\n10.0.0.5 10.0.0.9\n10.0.0.5 10.0.0.9 1767225600')
    expect(run.events).toHaveLength(1)
    expect(run.warnings).toEqual([
      'test: flows.log:2: skipped: field count differs from the format (2 fields, the format has 3)',
    ])
  })
})

describe('JSON forms', () => {
  it('reads CloudWatch Logs exports and subscription payloads, with the event id and log group', async () => {
    const exported = { events: [{ eventId: '37533', timestamp: 1418530010000, message: ACCEPTED_SSH }] }
    const subscription = {
      messageType: 'DATA_MESSAGE',
      logGroup: '/vpc/prod/flow',
      logStream: 'eni-1235b8ca123456789-all',
      logEvents: [{ id: '37534', timestamp: 1418530010000, message: REJECTED_RDP }],
    }
    const run = await ingest([JSON.stringify(exported), JSON.stringify(subscription)].join('\n'))
    expect(run.events.map((event) => event.metadata.original_event_uid)).toEqual(['37533', '37534'])
    expect(run.events[1]?.metadata.log_name).toBe('/vpc/prod/flow')
  })

  it('takes the CloudWatch event time when the format has no start or end', async () => {
    const run = await ingest(JSON.stringify({ timestamp: 1767225600123, message: '10.0.0.5 10.0.0.9 443' }), {
      logFormat: ['srcaddr', 'dstaddr', 'dstport'],
    })
    expect(run.events[0]?.time).toBe(1_767_225_600_123)
  })

  it('reads parsed records with camelCase keys and numbers', async () => {
    const run = await ingest(
      JSON.stringify({
        srcAddr: '10.0.0.1',
        dstAddr: '10.0.0.9',
        srcPort: 54321,
        dstPort: 22,
        protocol: 6,
        action: 'ACCEPT',
        start: 1767225600,
        instanceId: 'i-0123456789abcdef0',
        flowDirection: 'egress',
      }),
    )
    expect(run.events[0]).toMatchObject({
      activity_id: 6,
      src_endpoint: { ip: '10.0.0.1', port: 54321, instance_uid: 'i-0123456789abcdef0' },
      connection_info: { protocol_name: 'tcp', direction_id: 2 },
    })
  })

  it('skips records with no endpoint and objects that are not flow records', async () => {
    const run = await ingest(['{"status":"OK","start":1767225600}', '{}', '[]'].join('\n'))
    expect(run.events).toEqual([])
    expect(run.reporter.skipped).toEqual(
      new Map([
        ['no endpoint', 1],
        ['not a VPC flow log record', 1],
        ['no records', 1],
      ]),
    )
  })
})

describe('times', () => {
  const NO_TIME = JSON.stringify({ srcAddr: '10.0.0.1', dstAddr: '10.0.0.9', dstPort: 443 })

  it('reports a record without a time instead of stamping the clock', async () => {
    const run = await ingest(NO_TIME)
    expect(run.events).toEqual([])
    expect(run.warnings).toEqual([
      'test: flows.log:1: skipped: no usable timestamp (the record has no time field)',
    ])
  })

  it('stamps the --assume-time time and labels it', async () => {
    const run = await ingest(NO_TIME, { assumeTime: Date.UTC(2026, 0, 1) })
    expect(run.events[0]).toMatchObject({
      time: Date.UTC(2026, 0, 1),
      metadata: { labels: ['time-assumed'] },
    })
    expect(run.events[0]?.metadata.original_time).toBeUndefined()
  })
})

describe('determinism', () => {
  it('gives byte-identical output for the same input', async () => {
    const input = [
      'version srcaddr dstaddr dstport start action',
      '5 10.0.0.5 10.0.0.9 443 1767225600 ACCEPT',
      ACCEPTED_SSH,
    ].join('\n')
    const first = await runProcessor(createFlowLogProcessor(), input, 'flows.log')
    const second = await runProcessor(createFlowLogProcessor(), input, 'flows.log')
    expect(first.text).not.toBe('')
    expect(second.text).toBe(first.text)
  })
})

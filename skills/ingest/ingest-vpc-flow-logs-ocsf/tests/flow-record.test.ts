/** Every form a flow log record arrives in is read into the same fields, by AWS name. */
import { describe, expect, it } from 'vitest'
import {
  FlowLine,
  fieldsOfLine,
  isHeaderLine,
  readFlowRecord,
  recordsOfValue,
  splitLine,
} from '../src/flow-record.ts'
import { DEFAULT_FORMAT } from '../src/mappings/fields.ts'

const V2_LINE =
  '2 123456789010 eni-1235b8ca123456789 172.31.16.139 172.31.16.21 20641 22 6 20 4249 1418530010 1418530070 ACCEPT OK'

describe('header lines', () => {
  it.each([
    ['the default format', DEFAULT_FORMAT.join(' '), true],
    [
      'a version 5 custom format',
      'version srcaddr dstaddr flow-direction traffic-path pkt-src-aws-service',
      true,
    ],
    ['a format with a later, unknown field', 'version srcaddr some-future-field', true],
    ['a default data line', V2_LINE, false],
    ['a NODATA line', '2 123456789010 eni-1 - - - - - - - 1431280876 1431280934 - NODATA', false],
    ['ids and directions only, no field name', 'i-0123456789abcdef0 eni-1235b8ca123456789 egress', false],
  ])('%s', (_name, line, expected) => {
    expect(isHeaderLine(splitLine(line))).toBe(expected)
  })
})

describe('text lines', () => {
  it('reads a default version 2 line without a header and leaves out "-"', () => {
    expect(fieldsOfLine(splitLine(V2_LINE), undefined)).toMatchObject({
      version: '2',
      'interface-id': 'eni-1235b8ca123456789',
      srcaddr: '172.31.16.139',
      dstport: '22',
      action: 'ACCEPT',
      'log-status': 'OK',
    })
    const nodata = fieldsOfLine(
      splitLine('2 123456789010 eni-1 - - - - - - - 1431280876 1431280934 - NODATA'),
      undefined,
    )
    expect(Object.keys(nodata)).toEqual([
      'version',
      'account-id',
      'interface-id',
      'start',
      'end',
      'log-status',
    ])
  })

  it('splits on any run of spaces, as AWS examples sometimes write them', () => {
    expect(
      fieldsOfLine(splitLine('10.0.0.62  52.213.180.42 5001'), ['srcaddr', 'dstaddr', 'srcport']),
    ).toEqual({
      srcaddr: '10.0.0.62',
      dstaddr: '52.213.180.42',
      srcport: '5001',
    })
  })

  it('refuses a line whose field count differs from its format', () => {
    expect(() => fieldsOfLine(['1', '2'], ['srcaddr', 'dstaddr', 'srcport'])).toThrow(
      'field count differs from the format: 2 fields, the format has 3',
    )
  })

  it('refuses a line of no known format rather than guess', () => {
    expect(() => fieldsOfLine(splitLine('10.0.0.1 10.0.0.2 443'), undefined)).toThrow(
      /unknown flow log format/,
    )
    // 14 fields that do not start with version 2 are not the default format either.
    expect(() => fieldsOfLine(splitLine(V2_LINE.replace(/^2/, '5')), undefined)).toThrow(
      /unknown flow log format/,
    )
  })
})

describe('JSON records', () => {
  it('reads camelCase, snake_case and hyphenated keys, and the aliases parsed forms use', () => {
    const record = readFlowRecord(
      {
        srcAddr: '10.0.0.1',
        dst_addr: '10.0.0.2',
        'dst-port': 22,
        subNetId: 'subnet-1',
        status: 'OK',
        account: '123456789012',
        trafficType: 'IPv4',
        note: 'not a flow log field',
      },
      undefined,
    )
    expect(record.fields).toEqual({
      srcaddr: '10.0.0.1',
      dstaddr: '10.0.0.2',
      dstport: '22',
      'subnet-id': 'subnet-1',
      'log-status': 'OK',
      'account-id': '123456789012',
      type: 'IPv4',
    })
  })

  it('reads the line of a CloudWatch Logs event with its envelope', () => {
    const record = readFlowRecord(
      { timestamp: 1418530010000, message: V2_LINE, eventId: '3654', logGroup: '/vpc/flow' },
      undefined,
    )
    expect(record.fields.dstport).toBe('22')
    expect(record.envelope).toEqual({ time: 1418530010000, eventId: '3654', logGroup: '/vpc/flow' })
  })

  it('splits a CloudWatch message by --log-format when it is a custom format', () => {
    const record = readFlowRecord({ message: 'vpc-1 10.0.0.1 egress' }, [
      'vpc-id',
      'srcaddr',
      'flow-direction',
    ])
    expect(record.fields).toEqual({ 'vpc-id': 'vpc-1', srcaddr: '10.0.0.1', 'flow-direction': 'egress' })
  })

  it('refuses objects that are no flow log record', () => {
    expect(() => readFlowRecord({}, undefined)).toThrow(/not a VPC flow log record/)
    expect(() => readFlowRecord({ event: 'login' }, undefined)).toThrow(/not a VPC flow log record/)
    expect(() => readFlowRecord('text', undefined)).toThrow(/not a VPC flow log record/)
  })

  it('passes a split line through', () => {
    expect(readFlowRecord(new FlowLine({ srcaddr: '10.0.0.1' }), undefined)).toEqual({
      fields: { srcaddr: '10.0.0.1' },
      envelope: {},
    })
  })
})

describe('containers', () => {
  it('unwraps CloudWatch exports and subscription payloads, carrying the log group', () => {
    expect(recordsOfValue({ events: [{ message: 'a' }, { message: 'b' }] })).toHaveLength(2)
    expect(recordsOfValue({ logGroup: '/vpc/flow', logEvents: [{ id: '1', message: 'a' }] })).toEqual([
      { id: '1', message: 'a', logGroup: '/vpc/flow' },
    ])
    expect(recordsOfValue([{ srcaddr: '10.0.0.1' }])).toHaveLength(1)
    expect(recordsOfValue({ srcaddr: '10.0.0.1' })).toEqual([{ srcaddr: '10.0.0.1' }])
  })
})

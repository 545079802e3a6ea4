/** Values are read by their field's type; what does not read is kept as logged, never guessed at. */
import { describe, expect, it } from 'vitest'
import { readFlowValues } from '../src/flow-values.ts'

describe('typed values', () => {
  it('reads every mapped field', () => {
    const values = readFlowValues({
      version: '5',
      'account-id': '123456789012',
      srcaddr: '2001:db8::1',
      srcport: '443',
      protocol: '17',
      packets: '3',
      bytes: '9000000000',
      start: '1616729292',
      action: 'REJECT',
      'tcp-flags': '19',
      'flow-direction': 'ingress',
      'traffic-path': '8',
      type: 'IPv6',
    })
    expect(values).toMatchObject({
      version: '5',
      accountId: '123456789012',
      srcaddr: '2001:db8::1',
      srcport: 443,
      protocol: 17,
      packets: 3,
      bytes: 9_000_000_000,
      start: 1_616_729_292_000,
      action: 'REJECT',
      tcpFlags: 19,
      flowDirection: 'ingress',
      trafficPath: 8,
      type: 'IPv6',
    })
    expect(values.unreadable).toEqual({})
  })

  it.each([
    ['srcaddr', 'null'],
    ['dstaddr', '10.0.0.256'],
    ['srcport', '70000'],
    ['protocol', '300'],
    ['action', 'ALLOW'],
    ['flow-direction', 'both'],
    ['traffic-path', '9'],
    ['account-id', '12345'],
    ['start', 'yesterday'],
  ])('keeps an unreadable %s as logged', (field, raw) => {
    const values = readFlowValues({ [field]: raw })
    expect(values.unreadable).toEqual({ [field]: raw })
  })

  it('reads an account of "unknown" as no account, not an unreadable one', () => {
    const values = readFlowValues({ 'account-id': 'unknown' })
    expect(values.accountId).toBeUndefined()
    expect(values.unreadable).toEqual({})
  })

  it('keeps sublocation, later and unknown fields as logged', () => {
    const values = readFlowValues({
      'sublocation-type': 'outpost',
      'ecs-cluster-name': 'payments',
      'reject-reason': 'BPA',
      'some-future-field': 'x',
    })
    expect(values.kept).toEqual({
      'sublocation-type': 'outpost',
      'ecs-cluster-name': 'payments',
      'reject-reason': 'BPA',
      'some-future-field': 'x',
    })
  })
})

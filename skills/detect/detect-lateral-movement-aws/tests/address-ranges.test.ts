import { describe, expect, it } from 'vitest'
import { AddressRanges, internalRanges, parseCidr } from '../src/address-ranges.ts'

describe('parseCidr', () => {
  it.each([
    ['10.20.0.0/16', { address: '10.20.0.0', prefix: 16, family: 'ipv4' }],
    ['10.20.1.15', { address: '10.20.1.15', prefix: 32, family: 'ipv4' }],
    ['2001:db8:1234::/56', { address: '2001:db8:1234::', prefix: 56, family: 'ipv6' }],
    [' 192.168.0.0/24 ', { address: '192.168.0.0', prefix: 24, family: 'ipv4' }],
  ])('reads %j', (text, expected) => {
    expect(parseCidr(text)).toEqual(expected)
  })

  it.each([
    '',
    'i-0a1b2c3d4e5f60718',
    '10.20.0.0/33',
    '10.20.0.0/',
    '10.20.0.0/1a',
    '10.20.0.0/8/8',
    '300.1.1.1',
  ])('refuses %j', (text) => {
    expect(parseCidr(text)).toBeUndefined()
  })
})

describe('internal ranges', () => {
  const internal = internalRanges([])

  it.each(['10.20.1.15', '172.31.255.1', '192.168.4.2', '100.64.12.7', 'fd12:3456::1'])(
    'holds %s',
    (address) => {
      expect(internal.has(address)).toBe(true)
    },
  )

  it.each([
    '52.95.128.179',
    '172.32.0.1',
    '203.0.113.80',
    '169.254.169.254',
    '2001:db8::1',
    'not an address',
  ])('leaves out %s', (address) => {
    expect(internal.has(address)).toBe(false)
  })

  it('adds the ranges the user names, such as a VPC IPv6 block', () => {
    const cidr = parseCidr('2001:db8:1234::/56')
    if (cidr === undefined) throw new Error('fixture CIDR does not parse')
    expect(internalRanges([cidr]).has('2001:db8:1234:5::10')).toBe(true)
  })

  it('holds nothing when empty', () => {
    expect(new AddressRanges([]).has('10.0.0.1')).toBe(false)
  })
})

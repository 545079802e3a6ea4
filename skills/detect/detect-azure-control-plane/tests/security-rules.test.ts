/** Which NSG rule bodies open SSH, RDP or every port to the internet. */
import { describe, expect, it } from 'vitest'
import { openRulesOf } from '../src/security-rules.ts'

function rule(properties: Record<string, unknown>) {
  return {
    properties: {
      access: 'Allow',
      direction: 'Inbound',
      protocol: 'Tcp',
      sourceAddressPrefix: '*',
      ...properties,
    },
  }
}

describe('openRulesOf', () => {
  it.each([
    ['SSH from *', rule({ destinationPortRange: '22' }), ['22'], '*'],
    [
      'RDP from the Internet tag, PascalCase',
      {
        Properties: {
          Access: 'Allow',
          Direction: 'Inbound',
          Protocol: '*',
          SourceAddressPrefix: 'Internet',
          DestinationPortRange: '3389',
        },
      },
      ['3389'],
      'Internet',
    ],
    [
      'a port list with a covering range',
      rule({ destinationPortRanges: ['80', '3000-4000'] }),
      ['3389'],
      '*',
    ],
    [
      'every port, from a prefix list',
      rule({
        sourceAddressPrefix: undefined,
        sourceAddressPrefixes: ['10.0.0.0/8', '0.0.0.0/0'],
        destinationPortRange: '*',
      }),
      ['*'],
      '0.0.0.0/0',
    ],
  ])('%s', (_, body, ports, source) => {
    expect(openRulesOf(body, 'fallback')).toEqual([{ name: 'fallback', ports, source }])
  })

  it.each([
    ['a deny rule', rule({ access: 'Deny', destinationPortRange: '22' })],
    ['an outbound rule', rule({ direction: 'Outbound', destinationPortRange: '22' })],
    ['ICMP', rule({ protocol: 'Icmp', destinationPortRange: '*' })],
    ['a named source range', rule({ sourceAddressPrefix: '198.51.100.0/24', destinationPortRange: '22' })],
    ['HTTPS', rule({ destinationPortRange: '443' })],
    ['hostile shapes', { properties: 'allow all' }],
  ])('opens nothing for %s', (_, body) => {
    expect(openRulesOf(body as Record<string, unknown>, 'fallback')).toEqual([])
  })

  it('reads the rules of a whole group, by their names', () => {
    const group = {
      properties: {
        securityRules: [
          { name: 'web', ...rule({ destinationPortRange: '443' }) },
          { name: 'ssh', ...rule({ destinationPortRange: '22' }) },
        ],
      },
    }
    expect(openRulesOf(group, 'nsg').map((open) => open.name)).toEqual(['ssh'])
  })
})

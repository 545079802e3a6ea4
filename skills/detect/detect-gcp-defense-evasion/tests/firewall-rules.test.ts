/** What a firewall request opens to the internet among the admin ports, request shape by request shape. */
import { describe, expect, it } from 'vitest'
import { internetOpeningOf } from '../src/firewall-rules.ts'

const OPEN = ['0.0.0.0/0']

describe('internetOpeningOf', () => {
  it.each([
    ['SSH over TCP', { sourceRanges: OPEN, alloweds: [{ IPProtocol: 'tcp', ports: ['22'] }] }, ['22'], false],
    [
      'RDP over UDP by protocol number',
      { sourceRanges: OPEN, allowed: [{ IPProtocol: '17', ports: ['3389'] }] },
      ['3389'],
      false,
    ],
    [
      'a range covering both',
      { sourceRanges: ['::/0'], alloweds: [{ IPProtocol: 'tcp', ports: ['1-4000'] }] },
      ['22', '3389'],
      false,
    ],
    ['every port of TCP', { sourceRanges: OPEN, alloweds: [{ IPProtocol: 'tcp' }] }, ['all'], true],
    ['every protocol', { sourceRanges: OPEN, alloweds: [{ IPProtocol: 'all' }] }, ['all'], true],
  ])('%s', (_, request, ports, everyPort) => {
    expect(internetOpeningOf(request)).toEqual({ ports, everyPort, sourceRanges: request.sourceRanges })
  })

  it.each([
    ['ICMP only', { sourceRanges: OPEN, alloweds: [{ IPProtocol: 'icmp' }] }],
    ['a private range', { sourceRanges: ['10.0.0.0/8'], alloweds: [{ IPProtocol: 'tcp', ports: ['22'] }] }],
    ['no source ranges (a patch that keeps them)', { alloweds: [{ IPProtocol: 'tcp', ports: ['22'] }] }],
    ['egress', { direction: 'EGRESS', sourceRanges: OPEN, alloweds: [{ IPProtocol: 'tcp', ports: ['22'] }] }],
    ['disabled', { disabled: true, sourceRanges: OPEN, alloweds: [{ IPProtocol: 'tcp', ports: ['22'] }] }],
    [
      'a port that is not a number',
      { sourceRanges: OPEN, alloweds: [{ IPProtocol: 'tcp', ports: ['ssh'] }] },
    ],
    ['hostile shapes', { sourceRanges: '0.0.0.0/0', alloweds: 'tcp:22' }],
  ])('opens nothing for %s', (_, request) => {
    expect(internetOpeningOf(request as Record<string, unknown>)).toBeUndefined()
  })
})

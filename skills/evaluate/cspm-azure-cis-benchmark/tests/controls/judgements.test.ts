/** The judgements the network controls share, case by case: internet sources, port ranges, flow log coverage. */
import { describe, expect, it } from 'vitest'
import { coveringFlowLogs, retentionOf } from '../../src/flow-log-coverage.ts'
import { isInternetSource, opensToInternet, portRangeIncludes } from '../../src/open-nsg-port.ts'
import type { FlowLog, NetworkSecurityGroup, SecurityRule } from '../../src/snapshot.ts'

describe('sources meaning the internet (6.1, 6.2)', () => {
  it.each([
    ['*', true],
    ['0.0.0.0', true],
    ['0.0.0.0/0', true],
    ['::/0', true],
    ['Internet', true],
    ['Any', true],
    ['VirtualNetwork', false],
    ['10.0.0.0/8', false],
    ['AzureLoadBalancer', false],
  ])('%s: %s', (prefix, expected) => {
    expect(isInternetSource(prefix)).toBe(expected)
  })

  it.each([
    ['*', 22, true],
    ['22', 22, true],
    ['20-3400', 3389, true],
    ['3390-4000', 3389, false],
    ['443', 22, false],
  ])('port range %s includes %i: %s', (range, port, expected) => {
    expect(portRangeIncludes(range, port)).toBe(expected)
  })

  const rule = (overrides: Partial<SecurityRule>): SecurityRule => ({
    name: 'r',
    direction: 'Inbound',
    access: 'Allow',
    protocol: 'Tcp',
    priority: 100,
    sourceAddressPrefixes: ['*'],
    destinationPortRanges: ['22'],
    ...overrides,
  })
  it.each([
    ['an allowed TCP rule', rule({}), true],
    ['any protocol', rule({ protocol: '*' }), true],
    ['UDP', rule({ protocol: 'Udp' }), false],
    ['a deny rule', rule({ access: 'Deny' }), false],
    ['outbound', rule({ direction: 'Outbound' }), false],
    ['from an office range', rule({ sourceAddressPrefixes: ['203.0.113.0/24'] }), false],
  ])('%s opens SSH: %s', (_name, candidate, expected) => {
    expect(opensToInternet(candidate, 22)).toBe(expected)
  })
})

describe('flow log coverage and retention (6.5)', () => {
  const vnet = '/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/hub'
  const group: NetworkSecurityGroup = {
    id: '/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/networkSecurityGroups/web',
    name: 'web',
    location: 'westeurope',
    subnetIds: [`${vnet}/subnets/web`],
    securityRules: [],
  }
  const flowLog = (name: string, targetResourceId: string): FlowLog => ({
    id: name,
    name,
    targetResourceId,
    enabled: true,
    retentionPolicy: null,
  })

  it('finds flow logs of the group, of its subnet and of that subnet network, ids compared without case', () => {
    const logs = [
      flowLog('nsg', group.id.toUpperCase()),
      flowLog('subnet', `${vnet}/subnets/web`),
      flowLog('vnet', vnet),
      flowLog('other-vnet', `${vnet}-2`),
      flowLog('other-subnet', `${vnet}/subnets/db`),
    ]
    expect(coveringFlowLogs(group, logs).map((log) => log.name)).toEqual(['nsg', 'subnet', 'vnet'])
  })

  it.each([
    [null, true],
    [{ enabled: false, days: 7 }, true],
    [{ enabled: true, days: 0 }, true],
    [{ enabled: true, days: 90 }, true],
    [{ enabled: true, days: 89 }, false],
  ])('retention %j keeps logs long enough: %s', (retentionPolicy, kept) => {
    expect(retentionOf({ ...flowLog('f', vnet), retentionPolicy }).kept).toBe(kept)
  })
})

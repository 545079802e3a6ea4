import { describe, expect, it } from 'vitest'
import {
  capabilitiesDropped,
  capabilityAdditions,
  netRawCapability,
} from '../../src/controls/capabilities.ts'
import { deployment, onlyOutcome } from '../inventory-of.ts'

const container = (securityContext: string) =>
  `containers: [{name: app, image: "a:1", securityContext: ${securityContext}}]`

describe('5.2.8 NET_RAW', () => {
  it.each([
    ['dropped by name', '{capabilities: {drop: [NET_RAW]}}', 'pass'],
    ['dropped with ALL', '{capabilities: {drop: [ALL]}}', 'pass'],
    ['dropped as CAP_NET_RAW in lower case', '{capabilities: {drop: [cap_net_raw]}}', 'pass'],
    ['not dropped (the runtime grants it by default)', '{}', 'fail'],
    ['dropped with ALL and added back', '{capabilities: {drop: [ALL], add: [NET_RAW]}}', 'fail'],
    ['held through privileged mode', '{privileged: true, capabilities: {drop: [ALL]}}', 'fail'],
  ])('%s', (_name, securityContext, expected) => {
    expect(onlyOutcome(netRawCapability, deployment(container(securityContext))).status).toBe(expected)
  })
})

describe('5.2.9 added capabilities', () => {
  it.each([
    ['none added', '{}', 'pass'],
    [
      'NET_BIND_SERVICE, which the restricted profile allows',
      '{capabilities: {add: [NET_BIND_SERVICE]}}',
      'pass',
    ],
    ['SYS_ADMIN', '{capabilities: {add: [SYS_ADMIN]}}', 'fail'],
    ['ALL', '{capabilities: {add: [ALL]}}', 'fail'],
  ])('%s', (_name, securityContext, expected) => {
    expect(onlyOutcome(capabilityAdditions, deployment(container(securityContext))).status).toBe(expected)
  })

  it('lists what each container adds beyond NET_BIND_SERVICE', () => {
    const outcome = onlyOutcome(
      capabilityAdditions,
      deployment(container('{capabilities: {add: [NET_BIND_SERVICE, SYS_PTRACE, NET_ADMIN]}}')),
    )
    expect(outcome.detail).toBe('Deployment app: container app adds SYS_PTRACE, NET_ADMIN.')
  })
})

describe('5.2.10 capabilities dropped', () => {
  it.each([
    ['drop ALL', '{capabilities: {drop: [ALL]}}', 'pass'],
    ['drop some', '{capabilities: {drop: [NET_RAW, MKNOD]}}', 'fail'],
    ['no capabilities block', '{}', 'fail'],
  ])('%s', (_name, securityContext, expected) => {
    expect(onlyOutcome(capabilitiesDropped, deployment(container(securityContext))).status).toBe(expected)
  })
})

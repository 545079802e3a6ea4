/** The judgements the controls share, case by case: members, roles, firewall ports and key ages. */
import { describe, expect, it } from 'vitest'
import { isAdministrativeRole } from '../../src/controls/1.5.ts'
import { isConsumerAccount, isUserCreatedServiceAccount } from '../../src/iam-members.ts'
import { internetOpening, portsInclude } from '../../src/open-firewall-port.ts'
import { keyAgeDays } from '../../src/service-account-keys.ts'
import type { FirewallRule } from '../../src/snapshot.ts'

describe('consumer accounts and user-created service accounts', () => {
  it.each([
    ['user:bob@gmail.com', true],
    ['user:Bob@GoogleMail.com', true],
    ['group:friends@gmail.com', true],
    ['user:alice@acme.example', false],
    ['serviceAccount:robot@gmail.com', false],
    ['domain:gmail.com', false],
    ['allUsers', false],
  ])('%s is a consumer account: %s', (member, expected) => {
    expect(isConsumerAccount(member)).toBe(expected)
  })

  it.each([
    ['app@acme-prod-123.iam.gserviceaccount.com', true],
    ['123456789012-compute@developer.gserviceaccount.com', false],
    ['acme-prod-123@appspot.gserviceaccount.com', false],
    ['service-123@gcp-sa-pubsub.iam.gserviceaccount.com', true],
  ])('%s is user-created: %s', (email, expected) => {
    expect(isUserCreatedServiceAccount(email)).toBe(expected)
  })
})

describe('administrative roles (1.5)', () => {
  it.each([
    ['roles/owner', true],
    ['roles/editor', true],
    ['roles/iam.serviceAccountAdmin', true],
    ['roles/compute.admin', true],
    ['projects/acme/roles/deployAdmin', true],
    ['roles/viewer', false],
    ['roles/storage.objectViewer', false],
    ['roles/iam.serviceAccountUser', false],
  ])('%s: %s', (role, expected) => {
    expect(isAdministrativeRole(role)).toBe(expected)
  })
})

function rule(overrides: Partial<FirewallRule>): FirewallRule {
  return {
    name: 'r',
    network: 'default',
    direction: 'INGRESS',
    disabled: false,
    priority: 1000,
    sourceRanges: ['0.0.0.0/0'],
    allowed: [{ IPProtocol: 'tcp', ports: ['22'] }],
    ...overrides,
  }
}

describe('firewall rules open to the internet (3.6, 3.7)', () => {
  it.each([
    [[], 22, true],
    [['22'], 22, true],
    [['20-30'], 22, true],
    [['3389'], 22, false],
    [['1024-65535'], 3389, true],
    [['80', '443'], 3389, false],
  ])('ports %j include %i: %s', (ports, port, expected) => {
    expect(portsInclude(ports, port)).toBe(expected)
  })

  it.each([
    ['SSH from anywhere', rule({}), 22, true],
    ['from ::/0', rule({ sourceRanges: ['::/0'] }), 22, true],
    ['every protocol', rule({ allowed: [{ IPProtocol: 'all', ports: [] }] }), 3389, true],
    ['TCP by number', rule({ allowed: [{ IPProtocol: '6', ports: ['3389'] }] }), 3389, true],
    ['UDP only', rule({ allowed: [{ IPProtocol: 'udp', ports: ['3389'] }] }), 3389, false],
    ['a known range', rule({ sourceRanges: ['203.0.113.0/24'] }), 22, false],
    ['disabled', rule({ disabled: true }), 22, false],
    ['egress', rule({ direction: 'EGRESS' }), 22, false],
  ])('%s opens the port: %s', (_name, firewall, port, expected) => {
    expect(internetOpening(firewall, port) !== undefined).toBe(expected)
  })
})

describe('key ages (1.7)', () => {
  const collectedAt = Date.UTC(2026, 2, 2, 12)
  it.each([
    ['2025-12-02T12:00:00Z', 90],
    ['2025-12-02T11:59:59Z', 90],
    ['2025-12-01T12:00:00Z', 91],
    [null, undefined],
  ])('a key valid after %s is %s days old', (validAfterTime, days) => {
    expect(
      keyAgeDays({ name: 'k', keyType: 'USER_MANAGED', validAfterTime, disabled: false }, collectedAt),
    ).toBe(days)
  })
})

/** Which policy members count as outside the organisation granting them access. */
import { describe, expect, it } from 'vitest'
import { type GcpCaller, parseMember } from '#shared/gcp/index.ts'
import { isExternalMember } from '../src/members.ts'

function caller(email: string | undefined, isServiceAccount = false): GcpCaller {
  const name = email ?? 'unknown'
  return { name, email, isServiceAccount, delegatedBy: undefined, label: name }
}

const NONE = { internalDomains: new Set<string>() }
const CONFIGURED = { internalDomains: new Set(['example.com']) }

describe('isExternalMember', () => {
  it.each([
    ['a personal account, always', 'user:someone@gmail.com', caller('alice@example.com'), NONE, true],
    [
      'another domain than the granting user',
      'group:ops@partner.example.net',
      caller('alice@example.com'),
      NONE,
      true,
    ],
    ["the granting user's domain", 'user:bob@example.com', caller('alice@example.com'), NONE, false],
    [
      "a subdomain of the granting user's domain",
      'domain:eu.example.com',
      caller('alice@example.com'),
      NONE,
      false,
    ],
    [
      'another domain, granted by a service account, nothing configured',
      'user:bob@partner.example.net',
      caller('ci@p.iam.gserviceaccount.com', true),
      NONE,
      false,
    ],
    [
      'a configured domain',
      'user:bob@example.com',
      caller('ci@p.iam.gserviceaccount.com', true),
      CONFIGURED,
      false,
    ],
    ['outside the configured domains', 'user:bob@example.org', caller('alice@example.com'), CONFIGURED, true],
    [
      'a service account',
      'serviceAccount:x@other-project.iam.gserviceaccount.com',
      caller('alice@example.com'),
      NONE,
      false,
    ],
    [
      'a federated identity',
      'principal://iam.googleapis.com/locations/global/workforcePools/p/subject/s',
      caller('alice@example.com'),
      NONE,
      false,
    ],
    ['allUsers (judged as public instead)', 'allUsers', caller('alice@example.com'), NONE, false],
  ])('%s', (_, member, who, config, expected) => {
    expect(isExternalMember(parseMember(member), who, config)).toBe(expected)
  })
})

/** The --api-endpoint option of live readers: https anywhere, plain http only to this machine. */
import { InvalidArgumentError } from 'commander'
import { describe, expect, it } from 'vitest'
import { apiEndpointOption, classifyCloudError } from '#shared/cloud/index.ts'

describe('apiEndpointOption', () => {
  it.each([
    ['https://logging.googleapis.com', 'https://logging.googleapis.com'],
    ['https://management.chinacloudapi.cn/', 'https://management.chinacloudapi.cn'],
    ['https://logging-example.p.googleapis.com:8443/', 'https://logging-example.p.googleapis.com:8443'],
    ['http://127.0.0.1:8123', 'http://127.0.0.1:8123'],
    ['http://localhost:8123/', 'http://localhost:8123'],
    ['http://[::1]:8123', 'http://[::1]:8123'],
  ])('accepts %s', (value, expected) => {
    expect(apiEndpointOption(value)).toBe(expected)
  })

  it.each([
    ['http to another host', 'http://logging.example.com'],
    ['another scheme', 'ftp://127.0.0.1'],
    ['a query', 'https://logging.googleapis.com/?key=x'],
    ['not a URL', 'logging.googleapis.com'],
  ])('refuses %s', (_, value) => {
    expect(() => apiEndpointOption(value)).toThrow(InvalidArgumentError)
  })
})

describe('classifyCloudError for Azure identity', () => {
  it('counts a credential chain that found nothing, and a refused credential, as missing credentials', () => {
    expect(
      classifyCloudError({
        name: 'AggregateAuthenticationError',
        message: 'ChainedTokenCredential authentication failed.',
      }),
    ).toBe('credentials')
    expect(classifyCloudError({ name: 'AuthenticationError', message: 'invalid_client' })).toBe('credentials')
  })
})

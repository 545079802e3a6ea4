/** What live readers share: ids that cannot widen a request path, scope only with --from-api, an ordered window, logged HTTP methods. */
import { InvalidArgumentError } from 'commander'
import { describe, expect, it } from 'vitest'
import { checkLiveScope, projectIdOption, resolveWindow, subscriptionIdOption } from '#shared/cloud/index.ts'
import { UsageError } from '#shared/errors/index.ts'
import { httpMethodOf } from '#shared/ingest/index.ts'

describe('projectIdOption and subscriptionIdOption', () => {
  it('take the ids the providers document, unchanged', () => {
    expect(projectIdOption('example-prod-123')).toBe('example-prod-123')
    expect(subscriptionIdOption('AAAABBBB-0000-CCCC-1111-DDDD2222EEEE')).toBe(
      'AAAABBBB-0000-CCCC-1111-DDDD2222EEEE',
    )
  })

  it.each(['projects/../x', 'Example-Prod', 'short', 'ends-with-'])('refuses the project id %s', (value) => {
    expect(() => projectIdOption(value)).toThrow(InvalidArgumentError)
  })

  it.each(['prod/../x', '00000000-0000-0000-0000-00000000000', 'not-a-guid'])(
    'refuses the subscription id %s',
    (value) => {
      expect(() => subscriptionIdOption(value)).toThrow(InvalidArgumentError)
    },
  )
})

describe('checkLiveScope', () => {
  const scope = (value?: string) => ({ option: '--project', value, names: 'the project to read' })
  const window = { since: '1h' }

  it('accepts a scope with --from-api, and neither without it', () => {
    expect(() => checkLiveScope({ ...window, fromApi: true }, scope('p'))).not.toThrow()
    expect(() => checkLiveScope(window, scope())).not.toThrow()
  })

  it.each([
    ['the scope without --from-api', window, 'p', '--project and --api-endpoint apply only with --from-api'],
    [
      '--api-endpoint without --from-api',
      { ...window, apiEndpoint: 'https://x' },
      undefined,
      '--project and --api-endpoint apply only with --from-api',
    ],
    [
      '--from-api without the scope',
      { ...window, fromApi: true },
      undefined,
      '--from-api needs --project <id>: the project to read',
    ],
  ])('refuses %s as a usage error', (_name, options, value, message) => {
    expect(() => checkLiveScope(options, scope(value))).toThrow(new UsageError(message))
  })
})

describe('resolveWindow', () => {
  it('refuses a window that ends before it starts as a usage error', () => {
    expect(() => resolveWindow({ since: '1h', until: '2h' }, Date.UTC(2026, 2, 2))).toThrow(UsageError)
  })
})

describe('httpMethodOf', () => {
  it.each([
    ['post', 'POST'],
    ['GET', 'GET'],
    ['TRACE', undefined],
    ['BREW', undefined],
    [undefined, undefined],
  ])('reads %s as %s', (logged, method) => {
    expect(httpMethodOf(logged)).toBe(method)
  })
})

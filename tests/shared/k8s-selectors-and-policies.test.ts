/** shared/k8s label selectors and NetworkPolicy ingress, as the API server and network plugins apply them. */
import { describe, expect, it } from 'vitest'
import {
  ingressIsolationOf,
  labelsOf,
  podIngressOf,
  policyTypesOf,
  selectorMatches,
  selectsAllPods,
  serviceSelects,
} from '#shared/k8s/index.ts'

const WEB = { app: 'web', tier: 'front' }

describe('labelsOf', () => {
  it('keeps string labels and ignores other values and non-objects', () => {
    expect(labelsOf({ app: 'web', replicas: 3, on: true })).toEqual({ app: 'web' })
    expect(labelsOf(undefined)).toEqual({})
    expect(labelsOf(['app'])).toEqual({})
  })
})

describe('selectorMatches', () => {
  it.each([
    ['an empty selector', {}, true],
    ['matching matchLabels', { matchLabels: { app: 'web' } }, true],
    ['a differing label', { matchLabels: { app: 'api' } }, false],
    ['In', { matchExpressions: [{ key: 'tier', operator: 'In', values: ['front', 'edge'] }] }, true],
    ['In on a missing key', { matchExpressions: [{ key: 'zone', operator: 'In', values: ['a'] }] }, false],
    ['NotIn', { matchExpressions: [{ key: 'tier', operator: 'NotIn', values: ['back'] }] }, true],
    [
      'NotIn on a missing key',
      { matchExpressions: [{ key: 'zone', operator: 'NotIn', values: ['a'] }] },
      true,
    ],
    ['Exists', { matchExpressions: [{ key: 'app', operator: 'Exists' }] }, true],
    ['DoesNotExist', { matchExpressions: [{ key: 'app', operator: 'DoesNotExist' }] }, false],
    ['an unknown operator', { matchExpressions: [{ key: 'app', operator: 'Like', values: ['w'] }] }, false],
    ['an expression without a key', { matchExpressions: [{ operator: 'Exists' }] }, false],
    [
      'labels and expressions together, all holding',
      { matchLabels: { app: 'web' }, matchExpressions: [{ key: 'tier', operator: 'Exists' }] },
      true,
    ],
    ['no selector at all', undefined, false],
  ])('%s: %s', (_name, selector, expected) => {
    expect(selectorMatches(selector, WEB)).toBe(expected)
  })

  it('reads keys as own properties only', () => {
    expect(selectorMatches({ matchExpressions: [{ key: 'constructor', operator: 'Exists' }] }, WEB)).toBe(
      false,
    )
  })
})

describe('serviceSelects', () => {
  it('selects pods carrying every label of the map; an empty or absent map selects none', () => {
    expect(serviceSelects({ app: 'web' }, WEB)).toBe(true)
    expect(serviceSelects({ app: 'web', tier: 'back' }, WEB)).toBe(false)
    expect(serviceSelects({}, WEB)).toBe(false)
    expect(serviceSelects(undefined, WEB)).toBe(false)
  })
})

function policy(name: string, spec: Record<string, unknown>) {
  return { metadata: { name }, spec }
}

describe('policyTypesOf and selectsAllPods', () => {
  it('defaults to Ingress, adding Egress when egress rules are present', () => {
    expect(policyTypesOf(policy('p', { podSelector: {} }))).toEqual(['Ingress'])
    expect(policyTypesOf(policy('p', { podSelector: {}, egress: [] }))).toEqual(['Ingress', 'Egress'])
    expect(policyTypesOf(policy('p', { podSelector: {}, policyTypes: ['Egress'] }))).toEqual(['Egress'])
  })

  it('knows an empty pod selector selects every pod', () => {
    expect(selectsAllPods(policy('p', { podSelector: {} }))).toBe(true)
    expect(selectsAllPods(policy('p', { podSelector: { matchLabels: {} } }))).toBe(true)
    expect(selectsAllPods(policy('p', { podSelector: { matchLabels: { app: 'web' } } }))).toBe(false)
    expect(
      selectsAllPods(
        policy('p', { podSelector: { matchExpressions: [{ key: 'app', operator: 'Exists' }] } }),
      ),
    ).toBe(false)
    expect(selectsAllPods(policy('p', {}))).toBe(false)
  })
})

describe('ingressIsolationOf', () => {
  it.each([
    ['no ingress rule', { podSelector: {} }, 'deny-all'],
    ['an egress-only policy', { podSelector: {}, policyTypes: ['Egress'] }, 'none'],
    [
      'a rule from listed pods',
      { podSelector: {}, ingress: [{ from: [{ podSelector: {} }] }] },
      'allow-list',
    ],
    ['a rule with no from', { podSelector: {}, ingress: [{}] }, 'none'],
    ['a rule with an empty from', { podSelector: {}, ingress: [{ from: [] }] }, 'none'],
    [
      'an ipBlock of every address',
      { podSelector: {}, ingress: [{ from: [{ ipBlock: { cidr: '0.0.0.0/0' } }] }] },
      'none',
    ],
    ['every IPv6 address', { podSelector: {}, ingress: [{ from: [{ ipBlock: { cidr: '::/0' } }] }] }, 'none'],
    [
      'every address but a carved-out range',
      { podSelector: {}, ingress: [{ from: [{ ipBlock: { cidr: '0.0.0.0/0', except: ['10.0.0.0/8'] } }] }] },
      'allow-list',
    ],
  ])('%s: %s', (_name, spec, expected) => {
    expect(ingressIsolationOf(policy('p', spec))).toBe(expected)
  })
})

describe('podIngressOf', () => {
  const denyAll = policy('deny-all', { podSelector: {}, policyTypes: ['Ingress'] })
  const allowWeb = policy('allow-web', { podSelector: { matchLabels: { app: 'web' } }, ingress: [{}] })
  const fromGateway = policy('from-gateway', {
    podSelector: { matchLabels: { app: 'web' } },
    ingress: [{ from: [{ namespaceSelector: { matchLabels: { name: 'gateway' } } }] }],
  })
  const egressOnly = policy('egress', { podSelector: {}, policyTypes: ['Egress'] })

  it('is unrestricted when no Ingress policy selects the pod', () => {
    expect(podIngressOf([egressOnly], WEB)).toEqual({ policies: [], restricted: false })
    expect(podIngressOf([], WEB)).toEqual({ policies: [], restricted: false })
  })

  it('is restricted when every selecting policy restricts sources', () => {
    expect(podIngressOf([denyAll, fromGateway], WEB)).toEqual({
      policies: ['deny-all', 'from-gateway'],
      restricted: true,
    })
  })

  it('is unrestricted when one selecting policy allows any source, since policies add up', () => {
    expect(podIngressOf([denyAll, allowWeb], WEB)).toEqual({
      policies: ['deny-all', 'allow-web'],
      restricted: false,
    })
    expect(podIngressOf([denyAll, allowWeb], { app: 'api' })).toEqual({
      policies: ['deny-all'],
      restricted: true,
    })
  })
})

import { describe, expect, it } from 'vitest'
import { apiServerCommandOfText } from '../../src/apiserver-command.ts'
import { encryptionProviderConfig } from '../../src/controls/encryption-provider-config.ts'
import { encryptionProviders } from '../../src/controls/encryption-providers.ts'
import { inventoryOf, statusesOf } from '../inventory-of.ts'

const staticPod = (flags: string) => `apiVersion: v1
kind: Pod
metadata: {name: kube-apiserver, namespace: kube-system}
spec:
  containers:
    - name: kube-apiserver
      image: registry.k8s.io/kube-apiserver:v1.29.2
      command: [kube-apiserver, --authorization-mode=Node,RBAC${flags}]
`

describe('1.2.27 --encryption-provider-config', () => {
  it('passes a static pod that sets it, fails one that does not', () => {
    expect(
      statusesOf(encryptionProviderConfig, staticPod(', --encryption-provider-config=/etc/enc.yaml')),
    ).toEqual(['kube-apiserver: pass'])
    expect(statusesOf(encryptionProviderConfig, staticPod(''))).toEqual(['kube-apiserver: fail'])
  })

  it('reads a command line given on its own', () => {
    const command = apiServerCommandOfText(
      'kube-apiserver --encryption-provider-config /etc/enc.yaml --v=2',
      'cmdline',
    )
    if (command === undefined) throw new Error('a command line')
    const [outcome] = encryptionProviderConfig.evaluate(inventoryOf('', [command]))
    expect(outcome?.status).toBe('pass')
  })

  it('does not apply without an API server in the input', () => {
    expect(
      statusesOf(encryptionProviderConfig, 'apiVersion: v1\nkind: Namespace\nmetadata: {name: a}\n'),
    ).toEqual(['test.yaml: not-applicable'])
  })
})

describe('1.2.28 encryption providers', () => {
  const config = (resources: string, providers: string) => `apiVersion: apiserver.config.k8s.io/v1
kind: EncryptionConfiguration
resources:
  - resources: ${resources}
    providers: ${providers}
`
  it.each([
    [
      'aescbc first',
      '[secrets]',
      '[{aescbc: {keys: [{name: k, secret: c2VjcmV0}]}}, {identity: {}}]',
      'pass',
    ],
    [
      'kms first',
      '[secrets]',
      '[{kms: {apiVersion: v2, name: vault, endpoint: "unix:///kms.sock"}}]',
      'pass',
    ],
    ['secretbox for everything', '["*.*"]', '[{secretbox: {keys: [{name: k, secret: c2VjcmV0}]}}]', 'pass'],
    [
      'identity first',
      '[secrets]',
      '[{identity: {}}, {aescbc: {keys: [{name: k, secret: c2VjcmV0}]}}]',
      'fail',
    ],
    ['aesgcm first', '[secrets]', '[{aesgcm: {keys: [{name: k, secret: c2VjcmV0}]}}]', 'fail'],
    ['configmaps only', '[configmaps]', '[{aescbc: {keys: [{name: k, secret: c2VjcmV0}]}}]', 'fail'],
  ])('%s', (_name, resources, providers, expected) => {
    expect(statusesOf(encryptionProviders, config(resources, providers))).toEqual([`test.yaml: ${expected}`])
  })

  it('never repeats key material', () => {
    const [outcome] = encryptionProviders.evaluate(
      inventoryOf(config('[secrets]', '[{identity: {}}, {aescbc: {keys: [{name: k, secret: c2VjcmV0}]}}]')),
    )
    expect(JSON.stringify(outcome)).not.toContain('c2VjcmV0')
  })
})

import { describe, expect, it } from 'vitest'
import { clusterAdminBinding } from '../../src/controls/cluster-admin-binding.ts'
import { defaultServiceAccount } from '../../src/controls/default-service-account.ts'
import { wildcardRbac } from '../../src/controls/wildcard-rbac.ts'
import { onlyOutcome, statusesOf } from '../inventory-of.ts'

const clusterAdminBindingTo = (name: string, subjects: string, kind = 'ClusterRoleBinding') => `---
apiVersion: rbac.authorization.k8s.io/v1
kind: ${kind}
metadata: {name: ${name}, namespace: shop}
roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: cluster-admin}
subjects: ${subjects}
`

describe('5.1.1 cluster-admin only where required', () => {
  it.each([
    ['system:masters (the built-in binding)', '[{kind: Group, name: "system:masters"}]', 'pass'],
    [
      'a named kube-system service account',
      '[{kind: ServiceAccount, name: cluster-autoscaler, namespace: kube-system}]',
      'pass',
    ],
    [
      "kube-system's default service account",
      '[{kind: ServiceAccount, name: default, namespace: kube-system}]',
      'fail',
    ],
    ['a workload service account', '[{kind: ServiceAccount, name: ci, namespace: build}]', 'fail'],
    ['every authenticated user', '[{kind: Group, name: "system:authenticated"}]', 'fail'],
    ['a person', '[{kind: User, name: alice@example.com}]', 'fail'],
  ])('%s', (_name, subjects, expected) => {
    expect(onlyOutcome(clusterAdminBinding, clusterAdminBindingTo('b', subjects)).status).toBe(expected)
  })

  it('judges a RoleBinding to cluster-admin too, and reads a subject without namespace in the binding namespace', () => {
    const outcome = onlyOutcome(
      clusterAdminBinding,
      clusterAdminBindingTo('shop-admin', '[{kind: ServiceAccount, name: default}]', 'RoleBinding'),
    )
    expect(outcome).toEqual({
      status: 'fail',
      detail: 'RoleBinding shop-admin grants cluster-admin in namespace shop to ServiceAccount shop/default.',
    })
  })

  it('passes once for the input when bindings exist and none is to cluster-admin', () => {
    const yaml = `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata: {name: view}
roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: view}
subjects: [{kind: Group, name: devs}]
`
    expect(statusesOf(clusterAdminBinding, yaml)).toEqual(['test.yaml: pass'])
  })

  it('does not apply without bindings', () => {
    expect(statusesOf(clusterAdminBinding, 'apiVersion: v1\nkind: Namespace\nmetadata: {name: a}\n')).toEqual(
      ['test.yaml: not-applicable'],
    )
  })
})

describe('5.1.3 wildcards in roles', () => {
  const role = (rules: string, labels = '{}') =>
    `apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata: {name: r, labels: ${labels}}\nrules: ${rules}\n`
  it.each([
    ['named verbs and resources', '[{apiGroups: [""], resources: [pods], verbs: [get, list]}]', '{}', 'pass'],
    ['a wildcard verb', '[{apiGroups: [""], resources: [pods], verbs: ["*"]}]', '{}', 'fail'],
    ['a wildcard resource', '[{apiGroups: [apps], resources: ["*"], verbs: [get]}]', '{}', 'fail'],
    ['a wildcard subresource', '[{apiGroups: [""], resources: ["pods/*"], verbs: [get]}]', '{}', 'fail'],
    [
      'a default role the API server reconciles',
      '[{apiGroups: ["*"], resources: ["*"], verbs: ["*"]}]',
      '{kubernetes.io/bootstrapping: rbac-defaults}',
      'not-applicable',
    ],
  ])('%s', (_name, rules, labels, expected) => {
    expect(onlyOutcome(wildcardRbac, role(rules, labels)).status).toBe(expected)
  })
})

describe('5.1.5 default service accounts not actively used', () => {
  const account = (automount: string) =>
    `apiVersion: v1\nkind: ServiceAccount\nmetadata: {name: default, namespace: shop}\n${automount}\n`
  it('passes with automount off and no bindings', () => {
    expect(onlyOutcome(defaultServiceAccount, account('automountServiceAccountToken: false')).status).toBe(
      'pass',
    )
  })

  it('fails when the token is mounted by default', () => {
    expect(onlyOutcome(defaultServiceAccount, account('')).detail).toBe(
      'ServiceAccount shop/default does not set automountServiceAccountToken: false.',
    )
  })

  it('fails when a binding names it', () => {
    const yaml = `${account('automountServiceAccountToken: false')}---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: {name: edit, namespace: shop}
roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: edit}
subjects: [{kind: ServiceAccount, name: default, namespace: shop}]
`
    expect(statusesOf(defaultServiceAccount, yaml)).toEqual(['default: fail'])
  })

  it('ignores service accounts of other names', () => {
    expect(
      statusesOf(
        defaultServiceAccount,
        'apiVersion: v1\nkind: ServiceAccount\nmetadata: {name: app, namespace: shop}\n',
      ),
    ).toEqual(['test.yaml: not-applicable'])
  })
})

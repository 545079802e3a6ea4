import { describe, expect, it } from 'vitest'
import { serviceAccountTokenMount } from '../../src/controls/service-account-token-mount.ts'
import { deployment, onlyOutcome, statusesOf } from '../inventory-of.ts'

const CONTAINER = 'containers: [{name: app, image: "a:1"}]'
const ACCOUNT = (automount: string) =>
  `---\napiVersion: v1\nkind: ServiceAccount\nmetadata: {name: app, namespace: shop}\n${automount}\n`
const BINDING = `---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: {name: app-reader, namespace: shop}
roleRef: {apiGroup: rbac.authorization.k8s.io, kind: Role, name: reader}
subjects: [{kind: ServiceAccount, name: app}]
`

describe('5.1.6 service-account tokens mounted where necessary', () => {
  it.each([
    ['the pod opts out', deployment(`automountServiceAccountToken: false\n${CONTAINER}`), 'pass'],
    [
      'the service account opts out',
      deployment(`serviceAccountName: app\n${CONTAINER}`) + ACCOUNT('automountServiceAccountToken: false'),
      'pass',
    ],
    [
      'the pod opts back in over its account',
      deployment(`serviceAccountName: app\nautomountServiceAccountToken: true\n${CONTAINER}`) +
        ACCOUNT('automountServiceAccountToken: false'),
      'fail',
    ],
    ['mounted by default, and the account holds no binding', deployment(CONTAINER), 'fail'],
    [
      'mounted, and the account is bound: the workload uses the API',
      deployment(`serviceAccountName: app\n${CONTAINER}`) + BINDING,
      'pass',
    ],
  ])('%s', (_name, yaml, expected) => {
    const [workload] = statusesOf(serviceAccountTokenMount, yaml)
    expect(workload).toBe(`app: ${expected}`)
  })

  it('does not apply to static pods, which get no token', () => {
    const pod =
      'apiVersion: v1\nkind: Pod\nmetadata: {name: etcd, namespace: kube-system, labels: {tier: control-plane}}\nspec:\n  containers: [{name: etcd, image: "etcd:3.5"}]\n'
    expect(onlyOutcome(serviceAccountTokenMount, pod).status).toBe('not-applicable')
  })
})

/**
 * The live path through the real @kubernetes/client-node, against a loopback API server this test starts:
 * paginated lists, one throttled call, one forbidden list, and the ClusterRole REFERENCES.md documents.
 */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { evaluateControls, SILENT_PROGRESS } from '#shared/posture/index.ts'
import { kubeconfigFor, startFakeKubeApi } from '../../../../tests/helpers/fake-kube-api-server.ts'
import {
  documentedListPaths,
  expectOnlyAllowedLists,
  itRefusesBadCredentialsAndFiles,
  LOOPBACK_TOKEN,
  runWithoutUserConfig,
  useLoopbackCluster,
} from '../../../../tests/helpers/loopback-cluster.ts'
import { HAS_SHARED } from '../../../../tests/helpers/paths.ts'
import { parseJsonl } from '../../../../tests/helpers/run-skill.ts'
import { ocsfValidate, zodProblems } from '../../../../tests/helpers/validators.ts'
import { CIS_KUBERNETES } from '../src/benchmark.ts'
import { collectCluster } from '../src/cluster-collector.ts'
import { CONTROLS } from '../src/controls/index.ts'
import { buildInventory } from '../src/inventory.ts'

const RBAC = '/apis/rbac.authorization.k8s.io/v1'

const namespace = (name: string) => ({ metadata: { name, uid: `ns-${name}` } })

const LISTS: Record<string, object[]> = {
  '/api/v1/namespaces': [namespace('kube-system'), namespace('shop'), namespace('payments')],
  '/api/v1/pods': [
    {
      metadata: {
        name: 'kube-apiserver-cp1',
        namespace: 'kube-system',
        ownerReferences: [{ apiVersion: 'v1', kind: 'Node', name: 'cp1', uid: 'n1', controller: true }],
      },
      spec: {
        hostNetwork: true,
        containers: [
          {
            name: 'kube-apiserver',
            image: 'registry.k8s.io/kube-apiserver:v1.29.2',
            command: [
              'kube-apiserver',
              '--authorization-mode=Node,RBAC',
              '--encryption-provider-config=/etc/kubernetes/enc.yaml',
            ],
          },
        ],
      },
    },
    {
      metadata: {
        name: 'web-7d9-abc12',
        namespace: 'shop',
        ownerReferences: [
          { apiVersion: 'apps/v1', kind: 'ReplicaSet', name: 'web-7d9', uid: 'rs1', controller: true },
        ],
      },
      spec: { containers: [{ name: 'app', image: 'shop/web:latest' }] },
    },
    {
      metadata: { name: 'debug', namespace: 'payments' },
      spec: {
        automountServiceAccountToken: false,
        containers: [{ name: 'shell', image: 'busybox:1.36', securityContext: { privileged: true } }],
      },
    },
  ],
  '/api/v1/replicationcontrollers': [],
  '/api/v1/serviceaccounts': [{ metadata: { name: 'default', namespace: 'shop' } }],
  '/apis/apps/v1/deployments': [
    {
      metadata: { name: 'web', namespace: 'shop', uid: 'd1' },
      spec: { template: { spec: { containers: [{ name: 'app', image: 'shop/web:latest' }] } } },
    },
  ],
  '/apis/apps/v1/daemonsets': [],
  '/apis/apps/v1/statefulsets': [],
  '/apis/apps/v1/replicasets': [
    {
      metadata: {
        name: 'web-7d9',
        namespace: 'shop',
        ownerReferences: [
          { apiVersion: 'apps/v1', kind: 'Deployment', name: 'web', uid: 'd1', controller: true },
        ],
      },
      spec: { template: { spec: { containers: [{ name: 'app', image: 'shop/web:latest' }] } } },
    },
  ],
  '/apis/batch/v1/jobs': [],
  '/apis/batch/v1/cronjobs': [],
  [`${RBAC}/roles`]: [],
  [`${RBAC}/clusterroles`]: [
    {
      metadata: { name: 'cluster-admin', labels: { 'kubernetes.io/bootstrapping': 'rbac-defaults' } },
      rules: [{ apiGroups: ['*'], resources: ['*'], verbs: ['*'] }],
    },
    {
      metadata: { name: 'ci-deployer' },
      rules: [{ apiGroups: ['apps'], resources: ['*'], verbs: ['get', 'update'] }],
    },
  ],
  [`${RBAC}/rolebindings`]: [],
  [`${RBAC}/clusterrolebindings`]: [
    {
      metadata: { name: 'cluster-admin' },
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: 'cluster-admin' },
      subjects: [{ apiGroup: 'rbac.authorization.k8s.io', kind: 'Group', name: 'system:masters' }],
    },
    {
      metadata: { name: 'ci-admin' },
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: 'cluster-admin' },
      subjects: [{ kind: 'ServiceAccount', name: 'default', namespace: 'shop' }],
    },
  ],
}

describe('collectCluster against a loopback API server', () => {
  const cluster = useLoopbackCluster({
    lists: LISTS,
    forbidden: ['/apis/networking.k8s.io/v1/networkpolicies'],
    throttledOnce: ['/apis/apps/v1/deployments'],
  })

  it('lists every section page by page, only with GET, and only what the documented ClusterRole allows', async () => {
    cluster.server.requests.length = 0
    const collection = await collectCluster({ kubeconfig: cluster.kubeconfig }, SILENT_PROGRESS)
    expect(collection.objects).toHaveLength(13)
    expect(collection.sectionErrors).toEqual({
      networkpolicies: expect.stringContaining(
        'forbidden: the caller needs list networkpolicies.networking.k8s.io',
      ),
    })
    expect(collection.scope).toEqual({
      uid: cluster.server.url,
      name: 'loopback-audit',
      type: 'Kubernetes cluster',
    })
    const allowed = documentedListPaths(join(import.meta.dirname, '..'))
    const pods = cluster.server.requests.filter((request) => request.path === '/api/v1/pods')
    expect(pods.map((request) => request.continueToken)).toEqual([null, '2'])
    const deployments = cluster.server.requests.filter(
      (request) => request.path === '/apis/apps/v1/deployments',
    )
    expect(deployments).toHaveLength(2)
    expectOnlyAllowedLists(cluster.server.requests, allowed)
  })

  it('evaluates what it collected, with Unknown where a list was forbidden', async () => {
    const collection = await collectCluster({ kubeconfig: cluster.kubeconfig }, SILENT_PROGRESS)
    const build = buildInventory(
      collection.objects.map((value) => ({ value, source: {} })),
      [],
      collection.scope,
    )
    expect([...build.dropped]).toEqual([['judged through its controller', 2]])
    const findings = evaluateControls({
      skill: 'k8s-security-benchmark',
      benchmark: CIS_KUBERNETES,
      controls: CONTROLS,
      subject: build.inventory,
      sectionErrors: collection.sectionErrors,
      time: Date.UTC(2026, 2, 2),
      scope: collection.scope,
    })
    expect(zodProblems(findings)).toEqual([])
    const result = (control: string, uid: string) =>
      findings.find(
        (finding) => finding.compliance.control === control && finding.resources?.[0]?.uid === uid,
      )?.compliance.status
    expect(result('5.3.2', cluster.server.url)).toBe('Unknown')
    expect(result('1.2.27', '/api/v1/namespaces/kube-system/pods/kube-apiserver-cp1')).toBe('Pass')
    expect(result('5.2.2', '/api/v1/namespaces/payments/pods/debug')).toBe('Fail')
    expect(result('5.2.5', '/api/v1/namespaces/kube-system/pods/kube-apiserver-cp1')).toBe('Not Applicable')
    expect(result('5.5.1', '/apis/apps/v1/namespaces/shop/deployments/web')).toBe('Fail')
    expect(result('5.1.1', '/apis/rbac.authorization.k8s.io/v1/clusterrolebindings/ci-admin')).toBe('Fail')
    expect(result('5.1.1', '/apis/rbac.authorization.k8s.io/v1/clusterrolebindings/cluster-admin')).toBe(
      'Pass',
    )
    expect(result('5.1.3', '/apis/rbac.authorization.k8s.io/v1/clusterroles/cluster-admin')).toBe(
      'Not Applicable',
    )
    expect(result('5.1.3', '/apis/rbac.authorization.k8s.io/v1/clusterroles/ci-deployer')).toBe('Fail')
    expect(result('5.1.5', '/api/v1/namespaces/shop/serviceaccounts/default')).toBe('Fail')
    expect(findings.filter((finding) => finding.resources?.[0]?.uid?.includes('web-7d9'))).toEqual([])
  })

  it('runs from the built script with --from-cluster and writes valid findings', async () => {
    const run = await runWithoutUserConfig('k8s-security-benchmark', [
      '--from-cluster',
      '--kubeconfig',
      cluster.kubeconfig,
      '--evaluated-at',
      '2026-03-02T00:00:00Z',
    ])
    expect(run.stderr).toMatch(
      /k8s-security-benchmark: read 13, processed 11, dropped 2 \(judged through its controller: 2\), skipped 0, emitted \d+; networkpolicies: forbidden/,
    )
    expect(run.status).toBe(0)
    const findings = parseJsonl(run.stdout)
    expect(zodProblems(findings)).toEqual([])
    expect(findings.length).toBeGreaterThan(20)
    if (HAS_SHARED) expect(ocsfValidate(run.stdout).output).toMatch(/ 0 invalid, 0 warnings/)
  })

  it('stops with status 4 when the API server cannot be reached', async () => {
    const closed = await startFakeKubeApi({ lists: {}, pageSize: 1, token: LOOPBACK_TOKEN })
    await closed.close()
    const unreachable = join(cluster.dir, 'unreachable.yaml')
    writeFileSync(unreachable, kubeconfigFor(closed.url, LOOPBACK_TOKEN))
    const run = await runWithoutUserConfig('k8s-security-benchmark', [
      '--from-cluster',
      '--kubeconfig',
      unreachable,
    ])
    expect(run.status).toBe(4)
    expect(run.stderr).toContain('Kubernetes API')
  })

  itRefusesBadCredentialsAndFiles('k8s-security-benchmark', cluster)
})

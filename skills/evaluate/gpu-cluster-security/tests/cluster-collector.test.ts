/**
 * The live path through the real @kubernetes/client-node, against a loopback API server this test starts:
 * paginated lists, one throttled call, one forbidden list that becomes Unknown, the GPU Operator's
 * ClusterPolicy CRD not served, and the ClusterRole that REFERENCES.md documents.
 */
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { evaluateControls, SILENT_PROGRESS } from '#shared/posture/index.ts'
import {
  documentedListPaths,
  expectOnlyAllowedLists,
  itRefusesBadCredentialsAndFiles,
  runWithoutUserConfig,
  useLoopbackCluster,
} from '../../../../tests/helpers/loopback-cluster.ts'
import { HAS_SHARED } from '../../../../tests/helpers/paths.ts'
import { parseJsonl } from '../../../../tests/helpers/run-skill.ts'
import { ocsfValidate, zodProblems } from '../../../../tests/helpers/validators.ts'
import { GPU_CLUSTER_BASELINE } from '../src/benchmark.ts'
import { collectGpuObjects } from '../src/cluster-collector.ts'
import { composeInventory } from '../src/compose-inventory.ts'
import { CONTROLS } from '../src/controls/index.ts'
import { kubernetesInventoryOf } from '../src/kubernetes/kubernetes-inventory.ts'

const MARCH_2026 = Date.UTC(2026, 2, 2)

const gpuNode = (name: string, driver: [string, string, string]) => ({
  metadata: {
    name,
    labels: {
      'nvidia.com/gpu.present': 'true',
      'nvidia.com/cuda.driver.major': driver[0],
      'nvidia.com/cuda.driver.minor': driver[1],
      'nvidia.com/cuda.driver.rev': driver[2],
    },
  },
})

const LISTS: Record<string, object[]> = {
  '/api/v1/nodes': [
    gpuNode('gpu-1', ['580', '178', '04']),
    gpuNode('gpu-2', ['535', '183', '01']),
    { metadata: { name: 'cpu-1' } },
  ],
  '/api/v1/namespaces': [{ metadata: { name: 'team-a', labels: { tenant: 'team-a' } } }],
  '/api/v1/pods': [
    {
      metadata: {
        name: 'train-x7k2p',
        namespace: 'team-a',
        ownerReferences: [
          { apiVersion: 'batch/v1', kind: 'Job', name: 'train', uid: 'j1', controller: true },
        ],
      },
      spec: {
        containers: [
          {
            name: 'trainer',
            image: 'nvidia/cuda:12.4.1-base-ubuntu22.04',
            resources: { limits: { 'nvidia.com/gpu': '8' } },
          },
        ],
      },
    },
  ],
  '/apis/apps/v1/deployments': [],
  '/apis/apps/v1/daemonsets': [
    {
      metadata: { name: 'nvidia-dcgm-exporter', namespace: 'gpu-operator' },
      spec: {
        template: {
          spec: {
            containers: [
              { name: 'exporter', image: 'nvcr.io/nvidia/k8s/dcgm-exporter:4.2.3-4.1.3-ubuntu22.04' },
            ],
          },
        },
      },
    },
  ],
  '/apis/apps/v1/statefulsets': [],
  '/apis/apps/v1/replicasets': [],
  '/apis/batch/v1/jobs': [
    {
      metadata: { name: 'train', namespace: 'team-a', uid: 'j1' },
      spec: {
        template: {
          spec: {
            hostIPC: true,
            containers: [
              {
                name: 'trainer',
                image: 'nvidia/cuda:12.4.1-base-ubuntu22.04',
                resources: { limits: { 'nvidia.com/gpu': '8' } },
                securityContext: { privileged: true },
              },
            ],
          },
        },
      },
    },
  ],
  '/apis/batch/v1/cronjobs': [],
  '/api/v1/resourcequotas': [
    { metadata: { name: 'gpus', namespace: 'team-a' }, spec: { hard: { 'requests.nvidia.com/gpu': '16' } } },
  ],
  '/api/v1/persistentvolumeclaims': [],
  '/api/v1/persistentvolumes': [],
  '/apis/storage.k8s.io/v1/storageclasses': [],
}

describe('collectGpuObjects against a loopback API server', () => {
  const cluster = useLoopbackCluster({
    lists: LISTS,
    forbidden: ['/apis/networking.k8s.io/v1/networkpolicies'],
    throttledOnce: ['/api/v1/nodes'],
  })

  it('lists every section page by page, with GET only, and only what the documented ClusterRole allows', async () => {
    cluster.server.requests.length = 0
    const collection = await collectGpuObjects({ kubeconfig: cluster.kubeconfig }, SILENT_PROGRESS)
    expect(collection.objects).toHaveLength(8)
    expect(collection.sectionErrors).toEqual({
      networkpolicies: expect.stringContaining(
        'forbidden: the caller needs list networkpolicies.networking.k8s.io',
      ),
    })
    expect(collection.notServed).toEqual(['clusterpolicies.nvidia.com'])
    const allowed = documentedListPaths(join(import.meta.dirname, '..'))
    const nodes = cluster.server.requests.filter((request) => request.path === '/api/v1/nodes')
    expect(nodes.map((request) => request.continueToken)).toEqual([null, null, '2'])
    expectOnlyAllowedLists(cluster.server.requests, allowed)
  })

  it('evaluates what it collected, with Unknown where a list was forbidden', async () => {
    const collection = await collectGpuObjects({ kubeconfig: cluster.kubeconfig }, SILENT_PROGRESS)
    const kubernetes = kubernetesInventoryOf(collection.objects.map((value) => ({ value, source: {} })))
    const subject = composeInventory(
      kubernetes,
      { nodes: [], workloads: [], namespaces: [], parts: [] },
      collection.scope,
      MARCH_2026,
      undefined,
    )
    const findings = evaluateControls({
      skill: 'gpu-cluster-security',
      benchmark: GPU_CLUSTER_BASELINE,
      controls: CONTROLS,
      subject,
      sectionErrors: collection.sectionErrors,
      time: MARCH_2026,
      scope: collection.scope,
    })
    expect(zodProblems(findings)).toEqual([])
    const result = (control: string, uid: string) =>
      findings.find(
        (finding) => finding.compliance.control === control && finding.resources?.[0]?.uid === uid,
      )?.compliance.status
    const job = '/apis/batch/v1/namespaces/team-a/jobs/train'
    expect(result('GPU-7', cluster.server.url)).toBe('Unknown')
    expect(result('GPU-1', job)).toBe('Fail')
    expect(result('GPU-3', job)).toBe('Fail')
    expect(result('GPU-5', job)).toBe('Fail')
    expect(result('GPU-4', '/api/v1/nodes/gpu-1')).toBe('Pass')
    expect(result('GPU-4', '/api/v1/nodes/gpu-2')).toBe('Fail')
    expect(result('GPU-11', '/api/v1/namespaces/team-a')).toBe('Pass')
    expect(result('GPU-10', '/api/v1/namespaces/team-a')).toBe('Pass')
    expect(result('GPU-12', cluster.server.url)).toBe('Pass')
    expect(result('GPU-13', cluster.server.url)).toBe('Unknown')
  })

  it('runs from the built script with --from-cluster and writes valid findings', async () => {
    const run = await runWithoutUserConfig('gpu-cluster-security', [
      '--from-cluster',
      '--kubeconfig',
      cluster.kubeconfig,
      '--evaluated-at',
      '2026-03-02T00:00:00Z',
    ])
    expect(run.stderr).toMatch(
      /gpu-cluster-security: read 8, processed 6, dropped 2 \(not a GPU node: 1, judged through its controller: 1\), skipped 0, emitted 14; clusterpolicies\.nvidia\.com not served \(its CRD is not installed\); networkpolicies: forbidden/,
    )
    expect(run.status).toBe(0)
    const findings = parseJsonl(run.stdout)
    expect(zodProblems(findings)).toEqual([])
    expect(findings.length).toBe(14)
    if (HAS_SHARED) expect(ocsfValidate(run.stdout).output).toMatch(/ 0 invalid, 0 warnings/)
  })

  itRefusesBadCredentialsAndFiles('gpu-cluster-security', cluster)
})

/**
 * The live path through the real @kubernetes/client-node, against a loopback API server this test starts:
 * paginated lists of built-in and KServe resources (the InferenceService CRD path included), one throttled
 * call, one forbidden list that becomes Unknown, a CRD the server does not serve, and the ClusterRole that
 * REFERENCES.md documents.
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
import { MODEL_SERVING_BASELINE } from '../src/benchmark.ts'
import { collectServingObjects } from '../src/cluster-collector.ts'
import { CONTROLS } from '../src/controls/index.ts'
import { kubernetesEndpointsOf } from '../src/kubernetes/kubernetes-endpoints.ts'

const KSERVE = '/apis/serving.kserve.io'
const INFERENCE_SERVICES = `${KSERVE}/v1beta1/inferenceservices`

const isvc = (name: string, labels: object) => ({
  metadata: { name, namespace: 'llm', labels },
  spec: { predictor: { model: { modelFormat: { name: 'vllm' }, storageUri: `gs://models/${name}/v1` } } },
})

const LISTS: Record<string, object[]> = {
  '/api/v1/pods': [
    {
      metadata: {
        name: 'vllm-7d9-abc12',
        namespace: 'llm',
        ownerReferences: [
          { apiVersion: 'apps/v1', kind: 'ReplicaSet', name: 'vllm-7d9', uid: 'rs1', controller: true },
        ],
      },
      spec: { containers: [{ name: 'vllm', image: 'vllm/vllm-openai:v0.9.2' }] },
    },
    {
      metadata: {
        name: 'chat-predictor-1',
        namespace: 'llm',
        labels: { 'serving.kserve.io/inferenceservice': 'chat' },
      },
      spec: { containers: [{ name: 'kserve-container', image: 'vllm/vllm-openai:v0.10.2' }] },
    },
  ],
  '/apis/apps/v1/deployments': [
    {
      metadata: { name: 'vllm', namespace: 'llm', uid: 'd1' },
      spec: {
        template: {
          metadata: { labels: { app: 'vllm' } },
          spec: {
            containers: [
              {
                name: 'vllm',
                image: 'vllm/vllm-openai:v0.9.2',
                args: ['serve', 'org/model', '--api-key', 'sk-EXAMPLEKEY00000000000000000000'],
                securityContext: { privileged: true },
              },
            ],
          },
        },
      },
    },
  ],
  '/apis/apps/v1/statefulsets': [],
  '/apis/apps/v1/replicasets': [
    {
      metadata: {
        name: 'vllm-7d9',
        namespace: 'llm',
        ownerReferences: [
          { apiVersion: 'apps/v1', kind: 'Deployment', name: 'vllm', uid: 'd1', controller: true },
        ],
      },
      spec: { template: { spec: { containers: [{ name: 'vllm', image: 'vllm/vllm-openai:v0.9.2' }] } } },
    },
  ],
  [INFERENCE_SERVICES]: [
    isvc('chat', { 'networking.knative.dev/visibility': 'cluster-local' }),
    isvc('embed', {}),
    isvc('rerank', {}),
  ],
  [`${KSERVE}/v1alpha1/servingruntimes`]: [
    {
      metadata: { name: 'vllm-runtime', namespace: 'llm' },
      spec: {
        supportedModelFormats: [{ name: 'vllm', autoSelect: true }],
        containers: [
          {
            name: 'kserve-container',
            image: 'vllm/vllm-openai:v0.10.2',
            args: ['--model=/mnt/models', '--max-model-len=8192'],
            securityContext: { readOnlyRootFilesystem: true, runAsNonRoot: true },
          },
        ],
      },
    },
  ],
  '/api/v1/services': [
    {
      metadata: { name: 'vllm-lb', namespace: 'llm' },
      spec: { type: 'LoadBalancer', selector: { app: 'vllm' } },
    },
  ],
  '/apis/networking.k8s.io/v1/networkpolicies': [],
}

describe('collectServingObjects against a loopback API server', () => {
  const cluster = useLoopbackCluster({
    lists: LISTS,
    forbidden: ['/apis/networking.k8s.io/v1/ingresses'],
    throttledOnce: ['/apis/apps/v1/deployments'],
  })

  it('lists every section page by page, with GET only, and only what the documented ClusterRole allows', async () => {
    cluster.server.requests.length = 0
    const collection = await collectServingObjects({ kubeconfig: cluster.kubeconfig }, SILENT_PROGRESS)
    expect(collection.objects).toHaveLength(9)
    expect(collection.sectionErrors).toEqual({
      ingresses: expect.stringContaining('forbidden: the caller needs list ingresses.networking.k8s.io'),
    })
    expect(collection.notServed).toEqual(['clusterservingruntimes.serving.kserve.io'])
    expect(collection.scope).toEqual({
      uid: cluster.server.url,
      name: 'loopback-audit',
      type: 'Kubernetes cluster',
    })
    const allowed = documentedListPaths(join(import.meta.dirname, '..'), (_group, resource) =>
      resource === 'inferenceservices' ? 'v1beta1' : resource.includes('servingruntimes') ? 'v1alpha1' : 'v1',
    )
    const services = cluster.server.requests.filter((request) => request.path === INFERENCE_SERVICES)
    expect(services.map((request) => request.continueToken)).toEqual([null, '2'])
    expect(
      cluster.server.requests.filter((request) => request.path === '/apis/apps/v1/deployments'),
    ).toHaveLength(2)
    expectOnlyAllowedLists(cluster.server.requests, allowed)
  })

  it('evaluates what it collected, with Unknown where a list was forbidden', async () => {
    const collection = await collectServingObjects({ kubeconfig: cluster.kubeconfig }, SILENT_PROGRESS)
    const built = kubernetesEndpointsOf(collection.objects.map((value) => ({ value, source: {} })))
    expect(Object.fromEntries(built.dropped)).toEqual({
      'judged through its controller': 2,
      'judged through its InferenceService': 1,
    })
    const findings = evaluateControls({
      skill: 'model-serving-security',
      benchmark: MODEL_SERVING_BASELINE,
      controls: CONTROLS,
      subject: { endpoints: built.endpoints, scope: collection.scope },
      sectionErrors: collection.sectionErrors,
      time: Date.UTC(2026, 2, 2),
      scope: collection.scope,
    })
    expect(zodProblems(findings)).toEqual([])
    const result = (control: string, uid: string) =>
      findings.find(
        (finding) => finding.compliance.control === control && finding.resources?.[0]?.uid === uid,
      )?.compliance.status
    const deployment = '/apis/apps/v1/namespaces/llm/deployments/vllm'
    const chat = `${KSERVE}/v1beta1/namespaces/llm/inferenceservices/chat`
    expect(result('MS-13', cluster.server.url)).toBe('Unknown')
    expect(result('MS-1', cluster.server.url)).toBe('Unknown')
    expect(result('MS-2', deployment)).toBe('Fail')
    expect(result('MS-9', deployment)).toBe('Fail')
    expect(result('MS-8', deployment)).toBe('Fail')
    expect(result('MS-5', chat)).toBe('Pass')
    expect(result('MS-10', chat)).toBe('Pass')
    expect(result('MS-16', chat)).toBe('Pass')
    expect(result('MS-6', chat)).toBe('Unknown')
  })

  it('runs from the built script with --from-cluster and writes valid findings', async () => {
    const run = await runWithoutUserConfig('model-serving-security', [
      '--from-cluster',
      '--kubeconfig',
      cluster.kubeconfig,
      '--evaluated-at',
      '2026-03-02T00:00:00Z',
    ])
    expect(run.stderr).toMatch(
      /model-serving-security: read 9, processed 6, dropped 3 \(judged through its controller: 2, judged through its InferenceService: 1\), skipped 0, emitted \d+; clusterservingruntimes\.serving\.kserve\.io not served \(its CRD is not installed\); ingresses: forbidden/,
    )
    expect(run.status).toBe(0)
    const findings = parseJsonl(run.stdout)
    expect(zodProblems(findings)).toEqual([])
    expect(findings.length).toBeGreaterThan(30)
    if (HAS_SHARED) expect(ocsfValidate(run.stdout).output).toMatch(/ 0 invalid, 0 warnings/)
  })

  itRefusesBadCredentialsAndFiles('model-serving-security', cluster)
})

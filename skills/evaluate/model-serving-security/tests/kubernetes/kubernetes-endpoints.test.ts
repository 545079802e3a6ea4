/** Kubernetes objects to endpoints: what counts as one, and what is judged through its owner. */
import { describe, expect, it } from 'vitest'
import { modelServerOf } from '../../src/kubernetes/model-servers.ts'
import { commandWordsOf, flagOf, flagPairsOf } from '../../src/kubernetes/server-command.ts'
import { kubernetesEndpoints, serverDeployment } from '../endpoints-of.ts'

const VLLM = 'image: vllm/vllm-openai:v0.10.2\nargs: ["serve", "org/model"]'

describe('kubernetesEndpointsOf', () => {
  it('makes an endpoint of a model-server workload and drops other workloads and kinds', () => {
    const yaml = `${serverDeployment(VLLM)}---
apiVersion: apps/v1
kind: Deployment
metadata: {name: web, namespace: shop}
spec: {template: {spec: {containers: [{name: web, image: "nginx:1.27"}]}}}
---
apiVersion: v1
kind: ConfigMap
metadata: {name: settings, namespace: llm}
`
    const result = kubernetesEndpoints(yaml)
    expect(result.endpoints.map((endpoint) => endpoint.resource.uid)).toEqual([
      '/apis/apps/v1/namespaces/llm/deployments/server',
    ])
    expect([...result.dropped]).toEqual([
      ['not a model server', 1],
      ['kind not evaluated', 1],
    ])
    expect(result.processed).toBe(1)
  })

  it('judges pods through their controller and KServe workloads through their InferenceService', () => {
    const yaml = `apiVersion: serving.kserve.io/v1beta1
kind: InferenceService
metadata: {name: chat, namespace: llm}
spec: {predictor: {model: {modelFormat: {name: sklearn}, storageUri: "gs://b/m/v1"}}}
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: chat-predictor, namespace: llm, labels: {serving.kserve.io/inferenceservice: chat}}
spec: {template: {spec: {containers: [{name: kserve-container, image: "kserve/sklearnserver:v0.14.0"}]}}}
---
${serverDeployment(VLLM)}---
apiVersion: v1
kind: Pod
metadata:
  name: server-abc
  namespace: llm
  ownerReferences: [{apiVersion: apps/v1, kind: Deployment, name: server, uid: d1, controller: true}]
spec: {containers: [{name: server, image: "vllm/vllm-openai:v0.10.2"}]}
`
    const result = kubernetesEndpoints(yaml)
    expect(result.endpoints.map((endpoint) => endpoint.name)).toEqual(['llm/chat', 'llm/server'])
    expect(Object.fromEntries(result.dropped)).toEqual({
      'judged through its InferenceService': 1,
      'judged through its controller': 1,
    })
  })

  it('reads ServingRuntimes, Services, Ingresses and NetworkPolicies as context', () => {
    const yaml = `apiVersion: serving.kserve.io/v1alpha1
kind: ClusterServingRuntime
metadata: {name: rt}
spec: {containers: [{name: kserve-container, image: "vllm/vllm-openai:v0.10.2"}]}
---
apiVersion: v1
kind: Service
metadata: {name: s, namespace: llm}
spec: {selector: {app: x}}
`
    expect(kubernetesEndpoints(yaml)).toMatchObject({ endpoints: [], processed: 2 })
  })
})

describe('model servers and their command lines', () => {
  const container = (spec: Record<string, unknown>) => ({
    name: 'c',
    role: 'container' as const,
    spec,
    field: 'containers',
    index: 0,
  })

  it.each([
    [{ image: 'vllm/vllm-openai:v0.9.2' }, 'vllm', [0, 9, 2]],
    [
      { image: 'python:3.12', command: ['python', '-m', 'vllm.entrypoints.openai.api_server'] },
      'vllm',
      undefined,
    ],
    [{ image: 'ghcr.io/huggingface/text-generation-inference:3.0.1' }, 'tgi', [3, 0, 1]],
    [{ image: 'registry/x:1', command: ['text-generation-launcher'] }, 'tgi', undefined],
    [{ image: 'nvcr.io/nvidia/tritonserver:24.08-py3' }, 'triton', undefined],
    [{ image: 'ollama/ollama:0.5.7' }, 'other', [0, 5, 7]],
  ])('%j is %s', (spec, kind, version) => {
    expect(modelServerOf(container(spec))).toMatchObject({ kind, version })
  })

  it('is not a model server for anything else', () => {
    expect(modelServerOf(container({ image: 'nginx:1.27' }))).toBeUndefined()
  })

  it('splits a shell script and reads flags in both forms', () => {
    const words = commandWordsOf(
      container({ command: ['sh', '-c', 'vllm serve m --max-model-len=4096 --api-key "$KEY"'] }),
    )
    expect(words).toEqual(['sh', 'vllm', 'serve', 'm', '--max-model-len=4096', '--api-key', '$KEY'])
    expect(flagOf(words, ['--max-model-len'])).toEqual({ value: '4096' })
    expect(flagOf(words, ['--api-key'])).toEqual({ value: '$KEY' })
    expect(flagOf(['--disable-log-requests', '--port', '8000'], ['--disable-log-requests'])).toEqual({
      value: undefined,
    })
    expect(flagOf(words, ['--revision'])).toBeUndefined()
    expect(flagPairsOf(words)).toEqual([
      { flag: '--max-model-len', value: '4096' },
      { flag: '--api-key', value: '$KEY' },
    ])
  })
})

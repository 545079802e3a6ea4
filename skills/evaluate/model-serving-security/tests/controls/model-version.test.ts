/** MS-16: whether the served model is pinned to fixed weights. */
import { describe, expect, it } from 'vitest'
import { modelVersionTracking } from '../../src/controls/model-version-tracking.ts'
import { configOutcome, kubernetesOutcome, serverDeployment } from '../endpoints-of.ts'

const COMMIT = '0e9e39f249a16976918f6564b8830bc894c89659'
const DIGEST = 'sha256:c5b1261d6d3e43071626931fc004f70149baeba2c8ec672bd4f27761f8e1ad6b'

describe('MS-16 model version tracking', () => {
  it.each([
    ['a commit revision', `model: {name: llama, revision: ${COMMIT}}`, 'pass'],
    ['a digest', `model: {name: llama, digest: "${DIGEST}"}`, 'pass'],
    ['a version', 'model: {name: llama, version: "3.1"}', 'pass'],
    ['a numeric version', 'model: {name: llama, version: 3}', 'pass'],
    ['latest', 'model: {name: llama, version: latest}', 'fail'],
    ['the main branch', 'model: {name: llama, revision: main}', 'fail'],
    ['a name only', 'model: {name: llama}', 'fail'],
    ['no model block', 'url: https://a', 'fail'],
  ])('serving config, %s', (_name, endpoint, expected) => {
    expect(configOutcome(modelVersionTracking, endpoint).status).toBe(expected)
  })

  it.each([
    [
      'vLLM with a commit revision',
      `image: vllm/vllm-openai:v0.10.2\nargs: ["serve", "org/model", "--revision", "${COMMIT}"]`,
      'pass',
    ],
    ['vLLM without a revision', 'image: vllm/vllm-openai:v0.10.2\nargs: ["serve", "org/model"]', 'fail'],
    [
      'vLLM with --model and a version in the path',
      'image: vllm/vllm-openai:v0.10.2\nargs: ["--model", "/models/llama/v3"]',
      'pass',
    ],
    [
      'TGI with REVISION in the environment',
      `image: ghcr.io/huggingface/text-generation-inference:3.0.1\nenv: [{name: MODEL_ID, value: org/m}, {name: REVISION, value: ${COMMIT}}]`,
      'pass',
    ],
    ['Triton', 'image: nvcr.io/nvidia/tritonserver:24.08-py3', 'unknown'],
  ])('Kubernetes, %s', (_name, container, expected) => {
    expect(kubernetesOutcome(modelVersionTracking, serverDeployment(container)).status).toBe(expected)
  })

  it.each([
    ['an OCI model by digest', `oci://registry.example.com/models/llama@${DIGEST}`, 'pass'],
    ['a versioned storage path', 'gs://models/llama/2024-07-23/', 'pass'],
    ['an unversioned storage path', 's3://models/llama/', 'fail'],
  ])('InferenceService, %s', (_name, storageUri, expected) => {
    const yaml = `apiVersion: serving.kserve.io/v1beta1
kind: InferenceService
metadata: {name: chat, namespace: llm}
spec: {predictor: {model: {modelFormat: {name: sklearn}, storageUri: "${storageUri}"}}}`
    expect(kubernetesOutcome(modelVersionTracking, yaml).status).toBe(expected)
  })
})

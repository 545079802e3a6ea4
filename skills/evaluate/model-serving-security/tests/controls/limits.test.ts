/** MS-4 and MS-5: per-client rate limits, and bounds on what one request may ask for. */
import { describe, expect, it } from 'vitest'
import { rateLimiting } from '../../src/controls/rate-limiting.ts'
import { requestLimits } from '../../src/controls/request-limits.ts'
import { configOutcome, kubernetesOutcome, serverDeployment } from '../endpoints-of.ts'

const VLLM = 'image: vllm/vllm-openai:v0.10.2\nargs: ["serve", "org/model"]'
const SERVICE = `apiVersion: v1
kind: Service
metadata: {name: server, namespace: llm}
spec: {selector: {app: server}}`
const ingress = (annotations: string) => `${SERVICE}
---
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: {name: server, namespace: llm, annotations: ${annotations}}
spec: {defaultBackend: {service: {name: server, port: {number: 80}}}}`

describe('MS-4 rate limiting', () => {
  it.each([
    ['no rate_limit block', 'url: https://a', 'fail'],
    [
      'requests and tokens per minute',
      'rate_limit: {requests_per_minute: 60, tokens_per_minute: 10000, per: key}',
      'pass',
    ],
    ['camelCase keys', 'rateLimit: {requestsPerMinute: 60}', 'pass'],
    ['turned off', 'rate_limit: {enabled: false, requests_per_minute: 60}', 'fail'],
    ['only zeros', 'rate_limit: {requests_per_minute: 0}', 'fail'],
  ])('serving config, %s', (_name, endpoint, expected) => {
    expect(configOutcome(rateLimiting, endpoint).status).toBe(expected)
  })

  it('lists the limits in force', () => {
    expect(configOutcome(rateLimiting, 'rate_limit: {requests_per_minute: 60, per: key}').detail).toBe(
      'endpoint chat is rate limited: 60 requests per minute per key (rate_limit).',
    )
  })

  it.each([
    ['an Ingress with limit-rpm', ingress('{nginx.ingress.kubernetes.io/limit-rpm: "120"}'), 'pass'],
    ['an Ingress without limits', ingress('{}'), 'fail'],
    [
      'a LoadBalancer straight to the server',
      SERVICE.replace('spec: {', 'spec: {type: LoadBalancer, '),
      'fail',
    ],
    ['in-cluster callers only', SERVICE, 'unknown'],
  ])('Kubernetes, %s', (_name, extra, expected) => {
    expect(kubernetesOutcome(rateLimiting, serverDeployment(VLLM, '', extra)).status).toBe(expected)
  })
})

describe('MS-5 request limits', () => {
  it.each([
    ['no limits block', 'url: https://a', 'fail'],
    ['input and output tokens', 'limits: {max_input_tokens: 8192, max_output_tokens: 1024}', 'pass'],
    ['request bytes and max_tokens', 'limits: {max_request_bytes: 1048576, max_tokens: 512}', 'pass'],
    ['a total that bounds both', 'limits: {max_total_tokens: 8192}', 'pass'],
    ['input only', 'limits: {max_input_tokens: 8192}', 'fail'],
  ])('serving config, %s', (_name, endpoint, expected) => {
    expect(configOutcome(requestLimits, endpoint).status).toBe(expected)
  })

  it.each([
    [
      'vLLM with --max-model-len',
      'image: vllm/vllm-openai:v0.10.2\nargs: ["serve", "m", "--max-model-len", "8192"]',
      'pass',
    ],
    ['vLLM without it', VLLM, 'fail'],
    [
      'TGI with both limits',
      'image: ghcr.io/huggingface/text-generation-inference:3.0.1\nargs: ["--max-input-tokens", "4096", "--max-total-tokens", "8192"]',
      'pass',
    ],
    [
      'TGI with limits in the environment',
      'image: ghcr.io/huggingface/text-generation-inference:3.0.1\nenv: [{name: MAX_INPUT_TOKENS, value: "4096"}, {name: MAX_TOTAL_TOKENS, value: "8192"}]',
      'pass',
    ],
    [
      'TGI with an input limit only',
      'image: ghcr.io/huggingface/text-generation-inference:3.0.1\nargs: ["--max-input-length", "4096"]',
      'fail',
    ],
    [
      'Triton',
      'image: nvcr.io/nvidia/tritonserver:24.08-py3\nargs: ["tritonserver", "--model-repository=/models"]',
      'unknown',
    ],
  ])('Kubernetes, %s', (_name, container, expected) => {
    expect(kubernetesOutcome(requestLimits, serverDeployment(container)).status).toBe(expected)
  })
})

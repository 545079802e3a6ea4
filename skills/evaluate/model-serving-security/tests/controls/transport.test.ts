/** MS-12: TLS on every way to the model, at 1.2 or later. */
import { describe, expect, it } from 'vitest'
import { transportEncryption } from '../../src/controls/transport-encryption.ts'
import { configOutcome, kubernetesOutcome, serverDeployment } from '../endpoints-of.ts'

const TLS_VLLM =
  'image: vllm/vllm-openai:v0.10.2\nargs: ["serve", "m", "--ssl-certfile", "/tls/crt", "--ssl-keyfile", "/tls/key"]'
const PLAIN_VLLM = 'image: vllm/vllm-openai:v0.10.2\nargs: ["serve", "m"]'
const ingress = (tls: string) => `apiVersion: v1
kind: Service
metadata: {name: server, namespace: llm}
spec: {selector: {app: server}}
---
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: {name: server, namespace: llm}
spec:
  ${tls}
  rules: [{host: llm.example.com, http: {paths: [{path: /, pathType: Prefix, backend: {service: {name: server, port: {number: 80}}}}]}}]`

describe('MS-12 transport encryption', () => {
  it.each([
    ['TLS 1.2 as a YAML number', 'tls: {enabled: true, min_version: 1.2}', 'pass'],
    ['TLS 1.3', 'tls: {min_version: "1.3"}', 'pass'],
    ['TLS 1.0 allowed', 'tls: {min_version: "1.0"}', 'fail'],
    ['TLS switched off', 'tls: {enabled: false}', 'fail'],
    ['an https URL', 'url: https://llm.example.com', 'pass'],
    ['a plain http URL', 'url: http://llm.example.com', 'fail'],
    ['nothing said', 'exposure: internal', 'fail'],
  ])('serving config, %s', (_name, endpoint, expected) => {
    expect(configOutcome(transportEncryption, endpoint).status).toBe(expected)
  })

  it.each([
    [
      'vLLM serving TLS behind a TLS Ingress',
      TLS_VLLM,
      ingress('tls: [{hosts: [llm.example.com], secretName: t}]'),
      'pass',
    ],
    ['vLLM serving TLS with no route', TLS_VLLM, '', 'pass'],
    ['an Ingress without TLS', TLS_VLLM, ingress('tls: []'), 'fail'],
    ['a TLS entry that misses the host', TLS_VLLM, ingress('tls: [{hosts: [other.example.com]}]'), 'fail'],
    ['plain vLLM behind a TLS Ingress', PLAIN_VLLM, ingress('tls: [{secretName: t}]'), 'fail'],
    [
      'a server whose TLS is not read',
      'image: ghcr.io/huggingface/text-generation-inference:3.0.1',
      '',
      'unknown',
    ],
  ])('Kubernetes, %s', (_name, container, extra, expected) => {
    expect(kubernetesOutcome(transportEncryption, serverDeployment(container, '', extra)).status).toBe(
      expected,
    )
  })

  it('leaves in-cluster hops of a service mesh to its mutual TLS policy', () => {
    const yaml = serverDeployment(PLAIN_VLLM).replace(
      'metadata: {labels: {app: server}}',
      'metadata: {labels: {app: server}, annotations: {sidecar.istio.io/inject: "true"}}',
    )
    expect(kubernetesOutcome(transportEncryption, yaml)).toEqual({
      status: 'unknown',
      detail: "Deployment llm/server: in-cluster hops depend on the service mesh's mutual TLS.",
    })
  })
})

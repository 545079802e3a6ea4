/** MS-1, MS-3 and MS-13: who can reach an endpoint, and whether it knows and authorises them. */
import { describe, expect, it } from 'vitest'
import { accessControl } from '../../src/controls/access-control.ts'
import { authentication } from '../../src/controls/authentication.ts'
import { publicExposure } from '../../src/controls/public-exposure.ts'
import { configOutcome, kubernetesOutcome, onlyOutcome, serverDeployment } from '../endpoints-of.ts'

const VLLM = 'image: vllm/vllm-openai:v0.10.2\nargs: ["serve", "org/model"]'
const VLLM_WITH_KEY =
  'image: vllm/vllm-openai:v0.10.2\nargs: ["serve", "org/model", "--api-key", "$(VLLM_API_KEY)"]\nenv: [{name: VLLM_API_KEY, valueFrom: {secretKeyRef: {name: k, key: k}}}]'

const LOAD_BALANCER = `apiVersion: v1
kind: Service
metadata: {name: server-lb, namespace: llm}
spec: {type: LoadBalancer, selector: {app: server}}`

const INGRESS_WITH_AUTH = `apiVersion: v1
kind: Service
metadata: {name: server, namespace: llm}
spec: {selector: {app: server}}
---
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: server
  namespace: llm
  annotations: {nginx.ingress.kubernetes.io/auth-url: "https://auth.example.com/check"}
spec:
  rules: [{host: llm.example.com, http: {paths: [{path: /, pathType: Prefix, backend: {service: {name: server, port: {number: 80}}}}]}}]`

const NETWORK_POLICY = `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: from-ingress, namespace: llm}
spec:
  podSelector: {matchLabels: {app: server}}
  ingress: [{from: [{namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: ingress-nginx}}}]}]`

describe('MS-1 authentication', () => {
  it.each([
    ['no auth block', 'url: https://a.example.com', 'fail'],
    ['auth.type none', 'auth: {type: none}', 'fail'],
    ['auth.enabled false', 'auth: {type: oidc, enabled: false}', 'fail'],
    ['auth.type oidc', 'auth: {type: oidc}', 'pass'],
    ['API keys without a type', 'auth: {api_keys: ["os.environ/KEY"]}', 'pass'],
  ])('serving config, %s: %s', (_name, endpoint, expected) => {
    expect(configOutcome(authentication, endpoint).status).toBe(expected)
  })

  it.each([
    ['vLLM without a key', serverDeployment(VLLM), 'fail'],
    ['vLLM with --api-key from a Secret', serverDeployment(VLLM_WITH_KEY), 'pass'],
    [
      'vLLM with VLLM_API_KEY only',
      serverDeployment(
        'image: vllm/vllm-openai:v0.10.2\nenv: [{name: VLLM_API_KEY, valueFrom: {secretKeyRef: {name: k, key: k}}}]',
      ),
      'pass',
    ],
    [
      'an authenticating Ingress, with a NetworkPolicy for in-cluster callers',
      serverDeployment(VLLM, '', `${INGRESS_WITH_AUTH}\n---\n${NETWORK_POLICY}`),
      'pass',
    ],
    [
      'an authenticating Ingress, without a NetworkPolicy',
      serverDeployment(VLLM, '', INGRESS_WITH_AUTH),
      'fail',
    ],
    ['a server read only by name', serverDeployment('image: ollama/ollama:0.5.7'), 'unknown'],
  ])('Kubernetes, %s', (_name, yaml, expected) => {
    expect(kubernetesOutcome(authentication, yaml).status).toBe(expected)
  })

  it('passes token authorisation on an InferenceService', () => {
    const yaml = `apiVersion: serving.kserve.io/v1beta1
kind: InferenceService
metadata: {name: chat, namespace: llm, annotations: {security.opendatahub.io/enable-auth: "true"}}
spec: {predictor: {model: {modelFormat: {name: sklearn}, storageUri: "gs://b/m/v1"}}}`
    expect(kubernetesOutcome(authentication, yaml)).toEqual({
      status: 'pass',
      detail:
        'InferenceService llm/chat requires authentication: token authorization (security.opendatahub.io/enable-auth).',
    })
  })

  it('names what is missing', () => {
    expect(kubernetesOutcome(authentication, serverDeployment(VLLM, '', LOAD_BALANCER)).detail).toBe(
      'Deployment llm/server answers unauthenticated calls: vLLM runs with no API key, no authentication annotation and no authenticating Ingress; reachable through Service server-lb (LoadBalancer).',
    )
  })

  it('does not apply to an input without endpoints', () => {
    expect(onlyOutcome(authentication, []).status).toBe('not-applicable')
  })
})

describe('MS-3 per-caller authorisation', () => {
  it.each([
    ['no authentication', 'auth: {type: none}', 'fail'],
    ['no authorization block', 'auth: {type: oidc}', 'fail'],
    ['roles', 'auth: {type: oidc}\nauthorization: {roles: [{name: analysts}]}', 'pass'],
    ['type rbac', 'auth: {type: jwt}\nauthorization: {type: rbac}', 'pass'],
    ['default_allow', 'auth: {type: jwt}\nauthorization: {type: rbac, default_allow: true}', 'fail'],
    ['an empty block', 'auth: {type: jwt}\nauthorization: {}', 'fail'],
  ])('serving config, %s', (_name, endpoint, expected) => {
    expect(configOutcome(accessControl, endpoint).status).toBe(expected)
  })

  it.each([
    ['one shared API key', serverDeployment(VLLM_WITH_KEY), 'fail'],
    [
      'an external auth service decides',
      serverDeployment(VLLM, '', `${INGRESS_WITH_AUTH}\n---\n${NETWORK_POLICY}`),
      'unknown',
    ],
    ['no authentication at all', serverDeployment(VLLM), 'fail'],
  ])('Kubernetes, %s', (_name, yaml, expected) => {
    expect(kubernetesOutcome(accessControl, yaml).status).toBe(expected)
  })
})

describe('MS-13 public exposure', () => {
  it.each([
    ['exposure public', 'exposure: public', 'fail'],
    ['exposure public with an allow-list', 'exposure: public\nallowed_cidrs: ["203.0.113.0/24"]', 'pass'],
    ['an allow-list of every address', 'exposure: public\nallowed_cidrs: ["0.0.0.0/0"]', 'fail'],
    ['exposure internal', 'exposure: internal', 'pass'],
    ['a private URL', 'url: http://llm.ml.svc.cluster.local:8000', 'pass'],
    ['a public-looking URL and no exposure', 'url: https://llm.example.com', 'unknown'],
  ])('serving config, %s', (_name, endpoint, expected) => {
    expect(configOutcome(publicExposure, endpoint).status).toBe(expected)
  })

  it.each([
    ['a LoadBalancer', LOAD_BALANCER, 'fail'],
    [
      'a LoadBalancer with source ranges',
      `${LOAD_BALANCER.replace('selector: {app: server}}', 'selector: {app: server}, loadBalancerSourceRanges: ["10.0.0.0/8"]}')}`,
      'pass',
    ],
    [
      'an internal AWS load balancer',
      LOAD_BALANCER.replace(
        'namespace: llm}',
        'namespace: llm, annotations: {service.beta.kubernetes.io/aws-load-balancer-internal: "true"}}',
      ),
      'pass',
    ],
    ['a NodePort', LOAD_BALANCER.replace('LoadBalancer', 'NodePort'), 'fail'],
    ['an Ingress', INGRESS_WITH_AUTH, 'fail'],
    [
      'an Ingress with an allow-list',
      INGRESS_WITH_AUTH.replace(
        'annotations: {',
        'annotations: {nginx.ingress.kubernetes.io/whitelist-source-range: "10.0.0.0/8", ',
      ),
      'pass',
    ],
    ['a Service in another namespace', LOAD_BALANCER.replace('namespace: llm', 'namespace: other'), 'pass'],
    ['a ClusterIP Service only', NETWORK_POLICY, 'pass'],
  ])('Kubernetes, %s', (_name, extra, expected) => {
    expect(kubernetesOutcome(publicExposure, serverDeployment(VLLM, '', extra)).status).toBe(expected)
  })

  it('says which NetworkPolicy limits in-cluster callers', () => {
    expect(kubernetesOutcome(publicExposure, serverDeployment(VLLM, '', NETWORK_POLICY)).detail).toContain(
      'NetworkPolicy from-ingress limits which pods may call it',
    )
  })

  it.each([
    ['serverless KServe by default', '{}', 'fail'],
    [
      'serverless KServe labelled cluster-local',
      '{networking.knative.dev/visibility: cluster-local}',
      'pass',
    ],
  ])('InferenceService, %s', (_name, labels, expected) => {
    const yaml = `apiVersion: serving.kserve.io/v1beta1
kind: InferenceService
metadata: {name: chat, namespace: llm, labels: ${labels}}
spec: {predictor: {model: {modelFormat: {name: sklearn}, storageUri: "gs://b/m/v1"}}}`
    expect(kubernetesOutcome(publicExposure, yaml).status).toBe(expected)
  })

  it('treats a raw deployment as exposed only when labelled so', () => {
    const isvc = (labels: string) => `apiVersion: serving.kserve.io/v1beta1
kind: InferenceService
metadata: {name: chat, namespace: llm, labels: ${labels}, annotations: {serving.kserve.io/deploymentMode: RawDeployment}}
spec: {predictor: {model: {modelFormat: {name: sklearn}, storageUri: "gs://b/m/v1"}}}`
    expect(kubernetesOutcome(publicExposure, isvc('{}')).status).toBe('pass')
    expect(kubernetesOutcome(publicExposure, isvc('{networking.kserve.io/visibility: exposed}')).status).toBe(
      'fail',
    )
  })
})

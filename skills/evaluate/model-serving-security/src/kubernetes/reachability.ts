/**
 * How an endpoint's pods are reached: the Services that select them, the Ingresses routed to those
 * Services, a Knative route for serverless KServe, and the NetworkPolicies that limit in-cluster callers.
 * Each way in is a route, with what it says about source restrictions, TLS, authentication and rate limits.
 */
import { asArray, asString, type JsonObject, path } from '#shared/json/index.ts'
import { type Labels, labelsOf, podIngressOf, serviceSelects } from '#shared/k8s/index.ts'
import type { K8sObject } from '#shared/posture/index.ts'
import type { ServingWorkload } from './serving-workload.ts'

export interface Route {
  /** "Service llm-lb (LoadBalancer)", "Ingress chat", or a route KServe creates outside these objects. */
  readonly name: string
  readonly kind: 'load-balancer' | 'node-port' | 'ingress' | 'kserve'
  /** Reachable from outside the cluster's private network. */
  readonly public: boolean
  /** The source restriction, when there is one. */
  readonly restrictedTo?: string
  /** TLS on this route: true, false, or undefined when set outside these objects. */
  readonly tls?: boolean
  /** Authentication the route itself enforces (an Ingress auth annotation). */
  readonly authentication?: string
  /** Per-client limits the route enforces (Ingress rate-limit annotations). */
  readonly rateLimits: readonly string[]
}

export interface Reachability {
  readonly routes: readonly Route[]
  /** The NetworkPolicies that limit which in-cluster callers may connect, when any do. */
  readonly inClusterRestriction?: string
}

/**
 * Annotations that make a cloud load balancer internal (AWS, GCP, Azure, as each provider documents it);
 * an internal load balancer is reachable from the private network only.
 */
const INTERNAL_LOAD_BALANCER: ReadonlyArray<readonly [string, string]> = [
  ['service.beta.kubernetes.io/aws-load-balancer-internal', 'true'],
  ['service.beta.kubernetes.io/aws-load-balancer-scheme', 'internal'],
  ['networking.gke.io/load-balancer-type', 'Internal'],
  ['cloud.google.com/load-balancer-type', 'Internal'],
  ['service.beta.kubernetes.io/azure-load-balancer-internal', 'true'],
]

const EVERY_ADDRESS = new Set(['0.0.0.0/0', '::/0'])

/** ingress-nginx annotations: source allow-lists, external authentication, per-client limits. */
const NGINX = 'nginx.ingress.kubernetes.io/'
const ALLOW_LIST = [`${NGINX}whitelist-source-range`, `${NGINX}allowlist-source-range`]
const AUTHENTICATION = [`${NGINX}auth-url`, `${NGINX}auth-type`, `${NGINX}auth-tls-verify-client`]
const RATE_LIMITS: ReadonlyArray<readonly [string, string]> = [
  [`${NGINX}limit-rps`, 'requests per second per address'],
  [`${NGINX}limit-rpm`, 'requests per minute per address'],
  [`${NGINX}limit-connections`, 'connections per address'],
]

function restrictionOf(ranges: readonly string[]): string | undefined {
  const kept = ranges.map((range) => range.trim()).filter((range) => range.length > 0)
  return kept.length > 0 && !kept.some((range) => EVERY_ADDRESS.has(range)) ? kept.join(', ') : undefined
}

function serviceRoute(service: K8sObject): Route | undefined {
  const type = asString(path(service.raw, 'spec', 'type'))
  if (type === 'NodePort')
    return { name: `Service ${service.name} (NodePort)`, kind: 'node-port', public: true, rateLimits: [] }
  if (type !== 'LoadBalancer') return undefined
  const annotations = labelsOf(path(service.raw, 'metadata', 'annotations'))
  const internal = INTERNAL_LOAD_BALANCER.some(
    ([key, value]) => annotations[key]?.toLowerCase() === value.toLowerCase(),
  )
  const ranges = (asArray(path(service.raw, 'spec', 'loadBalancerSourceRanges')) ?? []).map((range) =>
    String(range),
  )
  return {
    name: `Service ${service.name} (${internal ? 'internal LoadBalancer' : 'LoadBalancer'})`,
    kind: 'load-balancer',
    public: !internal,
    restrictedTo: restrictionOf(ranges),
    rateLimits: [],
  }
}

/** The Service names an Ingress sends traffic to, from its rules and its default backend. */
function backendServices(ingress: JsonObject): Set<string> {
  const names = new Set<string>()
  const add = (backend: unknown) => {
    const name = asString(path(backend, 'service', 'name'))
    if (name !== undefined) names.add(name)
  }
  add(path(ingress, 'spec', 'defaultBackend'))
  for (const rule of asArray(path(ingress, 'spec', 'rules')) ?? []) {
    for (const route of asArray(path(rule, 'http', 'paths')) ?? []) add(path(route, 'backend'))
  }
  return names
}

/** TLS covers the Ingress when a tls entry lists no hosts or lists every host its rules serve. */
function ingressTls(ingress: JsonObject): boolean {
  const entries = asArray(path(ingress, 'spec', 'tls')) ?? []
  if (entries.length === 0) return false
  const covered = new Set<string>()
  for (const entry of entries) {
    const hosts = asArray(path(entry, 'hosts')) ?? []
    if (hosts.length === 0) return true
    for (const host of hosts) covered.add(String(host))
  }
  const hosts = (asArray(path(ingress, 'spec', 'rules')) ?? []).map(
    (rule) => asString(path(rule, 'host')) ?? '*',
  )
  return hosts.every((host) => covered.has(host))
}

function ingressRoute(ingress: K8sObject): Route {
  const annotations = labelsOf(path(ingress.raw, 'metadata', 'annotations'))
  const allowList = ALLOW_LIST.map((key) => annotations[key]).find((value) => value !== undefined)
  const authentication = AUTHENTICATION.find((key) => annotations[key] !== undefined)
  const rateLimits: string[] = []
  for (const [key, unit] of RATE_LIMITS) {
    const value = annotations[key]
    if (value !== undefined) rateLimits.push(`${value} ${unit}`)
  }
  return {
    name: `Ingress ${ingress.name}`,
    kind: 'ingress',
    public: true,
    restrictedTo: allowList === undefined ? undefined : restrictionOf(allowList.split(',')),
    tls: ingressTls(ingress.raw),
    authentication:
      authentication === undefined
        ? undefined
        : `${authentication.slice(NGINX.length)} on Ingress ${ingress.name}`,
    rateLimits,
  }
}

export interface NetworkObjects {
  readonly services: readonly K8sObject[]
  readonly ingresses: readonly K8sObject[]
  readonly networkPolicies: readonly K8sObject[]
}

function inNamespace(objects: readonly K8sObject[], namespace: string): K8sObject[] {
  return objects.filter((object) => object.namespace === namespace)
}

export function reachabilityOf(workload: ServingWorkload, network: NetworkObjects): Reachability {
  const labels: Labels = workload.podLabels
  const fronting = inNamespace(network.services, workload.namespace).filter((service) =>
    serviceSelects(path(service.raw, 'spec', 'selector'), labels),
  )
  const routes: Route[] = []
  for (const service of fronting) {
    const route = serviceRoute(service)
    if (route !== undefined) routes.push(route)
  }
  const serviceNames = new Set(fronting.map((service) => service.name))
  for (const ingress of inNamespace(network.ingresses, workload.namespace)) {
    if ([...backendServices(ingress.raw)].some((name) => serviceNames.has(name)))
      routes.push(ingressRoute(ingress))
  }
  const kserve = workload.kserve
  if (kserve?.serverless === true && !kserve.clusterLocal) {
    routes.push({
      name: 'the Knative route KServe publishes on its ingress gateway',
      kind: 'kserve',
      public: true,
      rateLimits: [],
    })
  }
  if (kserve?.serverless === false && kserve.exposed) {
    routes.push({
      name: 'the external route KServe creates for visibility: exposed',
      kind: 'kserve',
      public: true,
      rateLimits: [],
    })
  }
  const policies = inNamespace(network.networkPolicies, workload.namespace).map((policy) => policy.raw)
  const ingress = podIngressOf(policies, labels)
  return {
    routes,
    inClusterRestriction: ingress.restricted ? `NetworkPolicy ${ingress.policies.join(', ')}` : undefined,
  }
}

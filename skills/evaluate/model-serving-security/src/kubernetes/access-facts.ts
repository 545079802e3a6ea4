/**
 * Who can reach an endpoint and on what terms, from the server's own settings and the routes in front of
 * it: authentication, per-caller authorisation, rate limits, TLS and public exposure. A route whose settings
 * live outside these objects (the Knative gateway, an external auth service) makes the fact unknown.
 */
import { type Evidence, known, unknown } from '#shared/posture/index.ts'
import type { Authentication, Authorization, Exposure, RateLimit, Transport } from '../endpoint.ts'
import type { Reachability, Route } from './reachability.ts'
import { serverApiKeyOf, serverTlsOf } from './server-facts.ts'
import type { ServingWorkload } from './serving-workload.ts'

/** Red Hat OpenShift AI and Open Data Hub put token authorisation (Kubernetes RBAC) in front of the model. */
const TOKEN_AUTH_ANNOTATION = 'security.opendatahub.io/enable-auth'

function tokenAuthorisation(workload: ServingWorkload): boolean {
  return workload.annotations[TOKEN_AUTH_ANNOTATION]?.toLowerCase() === 'true'
}

function names(routes: readonly Route[]): string {
  return routes.map((route) => route.name).join(', ')
}

const KNOWN_SERVERS = new Set(['vllm', 'tgi', 'triton'])

export function authenticationOf(workload: ServingWorkload, reach: Reachability): Evidence<Authentication> {
  const line = workload.object.source.line
  if (tokenAuthorisation(workload))
    return known({ required: true, how: `token authorization (${TOKEN_AUTH_ANNOTATION})` }, line)
  const server = workload.server
  const apiKey = server === undefined ? undefined : serverApiKeyOf(server)
  if (apiKey !== undefined) return known({ required: true, how: apiKey }, line)
  const authenticating = reach.routes.filter((route) => route.authentication !== undefined)
  const direct = reach.routes.filter((route) => route.authentication === undefined && route.public)
  if (authenticating.length > 0 && direct.length === 0) {
    const at = authenticating.map((route) => route.authentication).join(', ')
    if (reach.inClusterRestriction !== undefined)
      return known(
        { required: true, how: `${at}; ${reach.inClusterRestriction} limits in-cluster callers` },
        line,
      )
    return known(
      {
        required: false,
        how: `only ${at} authenticates; in-cluster callers reach the server without credentials`,
      },
      line,
    )
  }
  if (server !== undefined && KNOWN_SERVERS.has(server.kind)) {
    const routes = direct.length > 0 ? `; reachable through ${names(direct)}` : ''
    return known(
      {
        required: false,
        how: `${server.label} runs with no API key, no authentication annotation and no authenticating Ingress${routes}`,
      },
      line,
    )
  }
  const label = server === undefined ? 'the model container' : server.label
  return unknown(
    `the authentication settings of ${label} are not read, and nothing in front of it authenticates`,
  )
}

export function authorizationOf(
  workload: ServingWorkload,
  authentication: Evidence<Authentication>,
  reach: Reachability,
): Evidence<Authorization> {
  const line = workload.object.source.line
  if (tokenAuthorisation(workload))
    return known(
      { perCaller: true, how: 'each token must belong to an identity Kubernetes RBAC allows to get it' },
      line,
    )
  if (authentication.state !== 'known') return unknown('who may call it is not known')
  if (!authentication.value.required)
    return known({ perCaller: false, how: 'without authentication there is no caller to authorise' }, line)
  if (reach.routes.some((route) => route.authentication?.startsWith('auth-url') === true))
    return unknown('an external authentication service (auth-url) decides who may call it')
  return known(
    {
      perCaller: false,
      how: `${authentication.value.how} is one shared credential: every holder may call it`,
    },
    line,
  )
}

export function rateLimitOf(workload: ServingWorkload, reach: Reachability): Evidence<RateLimit> {
  const line = workload.object.source.line
  const unlimited = reach.routes.filter((route) => route.public && route.rateLimits.length === 0)
  if (unlimited.length > 0)
    return known(
      {
        limits: [],
        how: `public through ${names(unlimited)}, which sets no per-client limit, and model servers do not limit clients themselves`,
      },
      line,
    )
  const limited = reach.routes.filter((route) => route.rateLimits.length > 0)
  if (limited.length > 0)
    return known({ limits: limited.flatMap((route) => route.rateLimits), how: names(limited) }, line)
  return unknown('only in-cluster callers reach it, through a gateway the objects do not describe')
}

/** Pods in a service mesh may encrypt in-cluster hops with mutual TLS, decided by the mesh's own policy. */
function inMesh(workload: ServingWorkload): boolean {
  const inject =
    workload.annotations['sidecar.istio.io/inject'] ?? workload.podLabels['sidecar.istio.io/inject']
  return inject?.toLowerCase() === 'true' || workload.kserve?.serverless === true
}

/** An Ingress terminates TLS itself; a Service passes the server's own; KServe's routes are configured elsewhere. */
function routeTls(route: Route, serverTls: boolean | undefined): boolean | undefined {
  if (route.kind === 'ingress') return route.tls
  if (route.kind === 'kserve') return undefined
  return serverTls
}

export function transportOf(workload: ServingWorkload, reach: Reachability): Evidence<Transport> {
  const line = workload.object.source.line
  const serverTls = workload.server === undefined ? undefined : serverTlsOf(workload.server)
  const clear: string[] = []
  const undecided: string[] = []
  const encrypted: string[] = []
  for (const route of reach.routes) {
    const tls = routeTls(route, serverTls)
    if (tls === true)
      encrypted.push(
        route.kind === 'ingress' ? `${route.name} terminates TLS` : `${route.name} carries the server's TLS`,
      )
    else if (tls === false) clear.push(`${route.name} carries plain HTTP`)
    else undecided.push(`TLS on ${route.name} is set outside these objects`)
  }
  if (serverTls === true) encrypted.push('the server serves TLS itself (--ssl-certfile)')
  else if (inMesh(workload)) undecided.push("in-cluster hops depend on the service mesh's mutual TLS")
  else if (serverTls === false) clear.push('in-cluster callers and proxies reach the server over plain HTTP')
  else undecided.push(`the TLS settings of ${workload.server?.label ?? 'the model container'} are not read`)
  if (clear.length > 0) return known({ encrypted: false, how: clear.join('; ') }, line)
  if (undecided.length > 0) return unknown(undecided.join('; '))
  return known({ encrypted: true, how: encrypted.join('; ') }, line)
}

export function exposureOf(workload: ServingWorkload, reach: Reachability): Evidence<Exposure> {
  const line = workload.object.source.line
  const publicRoutes = reach.routes.filter((route) => route.public)
  const open = publicRoutes.filter((route) => route.restrictedTo === undefined)
  if (open.length > 0) return known({ public: true, how: `reachable through ${names(open)}` }, line)
  if (publicRoutes.length > 0) {
    const restrictedTo = [...new Set(publicRoutes.map((route) => route.restrictedTo ?? ''))].join('; ')
    return known({ public: true, restrictedTo, how: names(publicRoutes) }, line)
  }
  const inCluster =
    reach.inClusterRestriction === undefined
      ? 'no NetworkPolicy limits which pods may call it'
      : `${reach.inClusterRestriction} limits which pods may call it`
  return known(
    { public: false, how: `no LoadBalancer, NodePort, Ingress or external route reaches it; ${inCluster}` },
    line,
  )
}

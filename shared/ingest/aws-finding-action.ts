/**
 * The action of an AWS finding as OCSF evidence: what was called or connected, from where. GuardDuty's
 * `service.action` and the ASFF `Action` that Security Hub derives from it share one shape
 * (awsApiCallAction, networkConnectionAction, portProbeAction, dnsRequestAction, kubernetesApiCallAction,
 * rdsLoginAttemptAction): camelCase from GuardDuty, PascalCase in ASFF and the AWS CLI.
 */
import { isIP } from 'node:net'
import { asArray, asInt, asString, compact, compactOrOmit, pathOfEitherCase } from '../json/index.ts'
import {
  type Evidences,
  type Location as GeoLocation,
  MAX_EVIDENCES,
  type NetworkConnectionInfo,
  type NetworkEndpoint,
} from '../ocsf/index.ts'

const at = pathOfEitherCase

function ipOf(value: unknown): string | undefined {
  const text = asString(value)
  return text !== undefined && isIP(text) !== 0 ? text : undefined
}

function portOf(details: unknown): number | undefined {
  const port = asInt(at(details, 'port'))
  return port !== undefined && port >= 0 && port <= 65_535 ? port : undefined
}

/** OCSF location.country is ISO 3166-1 alpha-2, so only the country code is taken. */
function locationOf(ipDetails: unknown): GeoLocation | undefined {
  const city = asString(at(ipDetails, 'city', 'cityName'))
  const country = asString(at(ipDetails, 'country', 'countryCode'))
  if (city === undefined && country === undefined) return undefined
  const lat = at(ipDetails, 'geoLocation', 'lat')
  const long = at(ipDetails, 'geoLocation', 'lon')
  return compact({
    city,
    country,
    lat: typeof lat === 'number' && Number.isFinite(lat) ? lat : undefined,
    long: typeof long === 'number' && Number.isFinite(long) ? long : undefined,
  })
}

/** remoteIpDetails or localIpDetails, with a port, as an endpoint; undefined when there is no address. */
function endpointOf(ipDetails: unknown, portDetails?: unknown): NetworkEndpoint | undefined {
  const ip = ipOf(at(ipDetails, 'ipAddressV4')) ?? ipOf(at(ipDetails, 'ipAddressV6'))
  if (ip === undefined) return undefined
  return compact({
    ip,
    port: portOf(portDetails),
    isp: asString(at(ipDetails, 'organization', 'isp')),
    isp_org: asString(at(ipDetails, 'organization', 'org')),
    location: locationOf(ipDetails),
  })
}

function connectionInfoOf(direction: string | undefined, protocol: unknown): NetworkConnectionInfo {
  const protocolName = asString(protocol)?.toLowerCase()
  if (direction === 'INBOUND')
    return compact({ direction_id: 1, direction: 'Inbound', protocol_name: protocolName })
  if (direction === 'OUTBOUND')
    return compact({ direction_id: 2, direction: 'Outbound', protocol_name: protocolName })
  return compact({ direction_id: 0, direction: 'Unknown', protocol_name: protocolName })
}

function apiCallEvidence(call: unknown): Evidences | undefined {
  const operation = asString(at(call, 'api'))
  const serviceName = asString(at(call, 'serviceName'))
  const errorCode = asString(at(call, 'errorCode'))
  const domain = asString(at(call, 'domainDetails', 'domain'))
  const userAgent = asString(at(call, 'userAgent'))
  return compactOrOmit({
    api:
      operation === undefined
        ? undefined
        : compact({
            operation,
            service: serviceName === undefined ? undefined : { name: serviceName },
            response: errorCode === undefined ? undefined : { error: errorCode },
          }),
    src_endpoint: endpointOf(at(call, 'remoteIpDetails')) ?? (domain === undefined ? undefined : { domain }),
    http_request: userAgent === undefined ? undefined : { user_agent: userAgent },
  })
}

function networkConnectionEvidence(connection: unknown): Evidences | undefined {
  const direction = asString(at(connection, 'connectionDirection'))
  const remote = endpointOf(at(connection, 'remoteIpDetails'), at(connection, 'remotePortDetails'))
  const local = endpointOf(at(connection, 'localIpDetails'), at(connection, 'localPortDetails'))
  if (remote === undefined && local === undefined) return undefined
  const inbound = direction === 'INBOUND'
  return compact({
    src_endpoint: inbound ? remote : local,
    dst_endpoint: inbound ? local : remote,
    connection_info: connectionInfoOf(direction, at(connection, 'protocol')),
  })
}

function portProbeEvidences(probe: unknown): Evidences[] {
  const evidences: Evidences[] = []
  for (const detail of asArray(at(probe, 'portProbeDetails')) ?? []) {
    const remote = endpointOf(at(detail, 'remoteIpDetails'))
    const local = endpointOf(at(detail, 'localIpDetails'), at(detail, 'localPortDetails'))
    const evidence = compactOrOmit({ src_endpoint: remote, dst_endpoint: local })
    if (evidence !== undefined) evidences.push(evidence)
  }
  return evidences
}

function dnsRequestEvidence(request: unknown): Evidences | undefined {
  const domain = asString(at(request, 'domain'))
  if (domain === undefined) return undefined
  return { dst_endpoint: { domain }, connection_info: connectionInfoOf('OUTBOUND', at(request, 'protocol')) }
}

function kubernetesApiCallEvidence(call: unknown): Evidences | undefined {
  const verb = asString(at(call, 'verb'))
  const requestUri = asString(at(call, 'requestUri'))
  const userAgent = asString(at(call, 'userAgent'))
  const sourceIp = asArray(at(call, 'sourceIps'))
    ?.map(ipOf)
    .find((ip) => ip !== undefined)
  return compactOrOmit({
    api: verb === undefined ? undefined : { operation: verb, service: { name: 'k8s.io' } },
    src_endpoint:
      endpointOf(at(call, 'remoteIpDetails')) ?? (sourceIp === undefined ? undefined : { ip: sourceIp }),
    http_request: compactOrOmit({
      user_agent: userAgent,
      url: requestUri === undefined ? undefined : { path: requestUri },
    }),
  })
}

function loginAttemptEvidence(attempt: unknown): Evidences | undefined {
  const remote = endpointOf(at(attempt, 'remoteIpDetails'))
  return remote === undefined ? undefined : { src_endpoint: remote }
}

/** Evidence of the finding's action, at most MAX_EVIDENCES entries (port probes list one per probe). */
export function evidencesOfFindingAction(action: unknown): Evidences[] {
  const found: Array<Evidences | undefined> = [
    apiCallEvidence(at(action, 'awsApiCallAction')),
    networkConnectionEvidence(at(action, 'networkConnectionAction')),
    ...portProbeEvidences(at(action, 'portProbeAction')),
    dnsRequestEvidence(at(action, 'dnsRequestAction')),
    kubernetesApiCallEvidence(at(action, 'kubernetesApiCallAction')),
    loginAttemptEvidence(at(action, 'rdsLoginAttemptAction')),
  ]
  return found.filter((evidence) => evidence !== undefined).slice(0, MAX_EVIDENCES)
}

/** Compute Engine: the project's firewall rules, and its subnetworks in every region (aggregatedList). */
import { asArray, asBoolean, asInt, asObject, asString, asStrings } from '#shared/json/index.ts'
import type { FirewallRule, Subnetwork } from '../snapshot.ts'
import { attempt, type GoogleApi, type GoogleCall } from './google-api.ts'

const LIST_FIREWALLS: GoogleCall = {
  service: 'Compute Engine',
  operation: 'firewalls.list',
  permission: 'compute.firewalls.list',
}
const LIST_SUBNETWORKS: GoogleCall = {
  service: 'Compute Engine',
  operation: 'subnetworks.aggregatedList',
  permission: 'compute.subnetworks.list',
}

/** The last part of a resource URL: networks/default -> default, regions/us-central1 -> us-central1. */
function lastSegment(url: string | undefined): string {
  return url === undefined ? '' : url.slice(url.lastIndexOf('/') + 1)
}

function toFirewallRule(entry: unknown): FirewallRule {
  const rule = asObject(entry) ?? {}
  return {
    name: asString(rule.name) ?? '',
    network: lastSegment(asString(rule.network)),
    direction: asString(rule.direction) ?? 'INGRESS',
    disabled: asBoolean(rule.disabled) ?? false,
    priority: asInt(rule.priority) ?? 1000,
    sourceRanges: asStrings(rule.sourceRanges),
    allowed: (asArray(rule.allowed) ?? []).map((item) => {
      const allowed = asObject(item) ?? {}
      return { IPProtocol: asString(allowed.IPProtocol) ?? '', ports: asStrings(allowed.ports) }
    }),
  }
}

function toSubnetwork(entry: unknown): Subnetwork {
  const subnet = asObject(entry) ?? {}
  const logConfig = asObject(subnet.logConfig)
  return {
    name: asString(subnet.name) ?? '',
    region: lastSegment(asString(subnet.region)),
    network: lastSegment(asString(subnet.network)),
    purpose: asString(subnet.purpose) ?? null,
    ipCidrRange: asString(subnet.ipCidrRange) ?? '',
    logConfig:
      logConfig === undefined
        ? null
        : {
            // Older subnets say only enableFlowLogs; logConfig.enable is the current field.
            enable: asBoolean(logConfig.enable) ?? asBoolean(subnet.enableFlowLogs) ?? false,
            aggregationInterval: asString(logConfig.aggregationInterval) ?? null,
            flowSampling: typeof logConfig.flowSampling === 'number' ? logConfig.flowSampling : null,
            metadata: asString(logConfig.metadata) ?? null,
            filterExpr: asString(logConfig.filterExpr) ?? null,
          },
  }
}

export async function collectFirewalls(
  api: GoogleApi,
  errors: Record<string, string>,
  section: string,
): Promise<FirewallRule[]> {
  const rules = await attempt(errors, section, async () => {
    const found: FirewallRule[] = []
    const path = `/compute/v1/projects/${api.project}/global/firewalls`
    for await (const page of api.pages('compute', LIST_FIREWALLS, path, { maxResults: '500' })) {
      for (const entry of asArray(page.items) ?? []) found.push(toFirewallRule(entry))
    }
    return found
  })
  return rules ?? []
}

/** A region the aggregated list could not read says so in a warning; that is a failed read, never "no subnets". */
function unreachableWarning(scope: string, value: unknown): string | undefined {
  const warning = asObject(asObject(value)?.warning)
  const code = asString(warning?.code)
  if (code === undefined || code === 'NO_RESULTS_ON_PAGE') return undefined
  return `${scope}: ${code} ${asString(warning?.message) ?? ''}`.trim()
}

export async function collectSubnetworks(
  api: GoogleApi,
  errors: Record<string, string>,
  section: string,
): Promise<Subnetwork[]> {
  const subnets = await attempt(errors, section, async () => {
    const found: Subnetwork[] = []
    const unreachable: string[] = []
    const path = `/compute/v1/projects/${api.project}/aggregated/subnetworks`
    for await (const page of api.pages('compute', LIST_SUBNETWORKS, path, { maxResults: '500' })) {
      for (const [scope, value] of Object.entries(asObject(page.items) ?? {})) {
        for (const entry of asArray(asObject(value)?.subnetworks) ?? []) found.push(toSubnetwork(entry))
        const warning = unreachableWarning(scope, value)
        if (warning !== undefined) unreachable.push(warning)
      }
      for (const scope of asStrings(page.unreachables)) unreachable.push(`${scope}: unreachable`)
    }
    return { found, unreachable }
  })
  if (subnets === undefined) return []
  if (subnets.unreachable.length > 0)
    errors[section] =
      `${LIST_SUBNETWORKS.service} ${LIST_SUBNETWORKS.operation}: some regions could not be read (${subnets.unreachable.join('; ')})`
  return subnets.found
}

/**
 * What the inventory shows a resource to be exposed to: an active long-lived key, public access, an
 * administration port open to the internet, a trust to principals outside the account, an instance
 * metadata service without session tokens, code that runs as a role, a model that answers queries.
 * Pure: it reads the resource, the relationships and the account, nothing else.
 */
import type { Environment, IngressRule, Resource } from './environment.ts'
import { type Exposure, type ExposureTechniques, techniquesOf } from './mappings/exposure-techniques.ts'
import { isInternetSource, RDP_PORT, SSH_PORT } from './mappings/internet-ingress.ts'

export interface ResourceExposure extends ExposureTechniques {
  /** What in the inventory shows it, e.g. "0.0.0.0/0 tcp/22" or "trusts arn:aws:iam::999988887777:root". */
  readonly detail: string
}

/** Protocols that carry service ports: TCP by name or number, and "all". */
const PORT_PROTOCOLS: ReadonlySet<string> = new Set(['tcp', '6', 'all', '-1', '*'])

function opensPort(rule: IngressRule, port: number): boolean {
  if (!PORT_PROTOCOLS.has(rule.protocol.toLowerCase())) return false
  const from = rule.from_port ?? 0
  const to = rule.to_port ?? rule.from_port ?? 65535
  return from <= port && port <= to
}

/** A rule that opens something besides exactly SSH or RDP: a wider range, another port, or UDP. */
function opensOtherPorts(rule: IngressRule): boolean {
  const protocol = rule.protocol.toLowerCase()
  if (protocol === 'icmp' || protocol === '1' || protocol === 'icmpv6' || protocol === '58') return false
  const from = rule.from_port ?? 0
  const to = rule.to_port ?? rule.from_port ?? 65535
  if (from !== to) return true
  return !(PORT_PROTOCOLS.has(protocol) && (from === SSH_PORT || from === RDP_PORT))
}

export function describeRule(rule: IngressRule): string {
  const protocol = rule.protocol.toLowerCase()
  if (rule.from_port === undefined) return `${rule.source} ${protocol}`
  const to = rule.to_port ?? rule.from_port
  const ports = to === rule.from_port ? `${rule.from_port}` : `${rule.from_port}-${to}`
  return `${rule.source} ${protocol}/${ports}`
}

function ingressExposures(resource: Resource): Array<[Exposure, string]> {
  const found = new Map<Exposure, string[]>()
  const note = (exposure: Exposure, rule: IngressRule) => {
    const details = found.get(exposure) ?? []
    details.push(describeRule(rule))
    found.set(exposure, details)
  }
  for (const rule of resource.ingress ?? []) {
    if (!isInternetSource(rule.source)) continue
    if (opensPort(rule, SSH_PORT)) note('open-ssh', rule)
    if (opensPort(rule, RDP_PORT)) note('open-rdp', rule)
    if (opensOtherPorts(rule)) note('open-port', rule)
  }
  return [...found.entries()].map(([exposure, details]) => [exposure, details.join(', ')])
}

export interface ExposureContext {
  readonly environment: Environment
  readonly resourcesByUid: ReadonlyMap<string, Resource>
}

/** A principal outside the account: said so, or of another account than the one described. */
export function isExternal(principal: Resource, account: string | undefined): boolean {
  if (principal.external === true) return true
  return principal.account !== undefined && account !== undefined && principal.account !== account
}

function externalPrincipalsOf(role: Resource, context: ExposureContext): string[] {
  const { environment, resourcesByUid } = context
  const outside: string[] = []
  for (const relationship of environment.relationships) {
    let principalUid: string | undefined
    if (relationship.relation === 'trusts' && relationship.from === role.uid) principalUid = relationship.to
    if (relationship.relation === 'holds' && relationship.to === role.uid) principalUid = relationship.from
    const principal = principalUid === undefined ? undefined : resourcesByUid.get(principalUid)
    if (principal !== undefined && isExternal(principal, environment.account)) outside.push(principal.uid)
  }
  return [...new Set(outside)]
}

function exposuresFound(resource: Resource, context: ExposureContext): Array<[Exposure, string]> {
  switch (resource.type) {
    case 'access-key':
      return resource.status === 'inactive' ? [] : [['active-key', 'an active long-lived key']]
    case 'bucket':
      return resource.public === true ? [['public-access', 'readable without credentials']] : []
    case 'security-group':
      return ingressExposures(resource)
    case 'role': {
      const outside = externalPrincipalsOf(resource, context)
      return outside.length === 0 ? [] : [['external-trust', `usable by ${outside.join(', ')}`]]
    }
    case 'instance':
      return resource.metadata_v1 === true ? [['metadata-v1', 'IMDSv1 allowed (tokens optional)']] : []
    case 'function':
      return [['serverless-code', 'runs code as its role']]
    case 'model-endpoint': {
      const found: Array<[Exposure, string]> = [['inference-api', 'serves model inference']]
      if (resource.public === true) found.push(['public-inference-api', 'callable without credentials'])
      return found
    }
    default:
      return []
  }
}

export function exposuresOf(resource: Resource, context: ExposureContext): ResourceExposure[] {
  const exposures: ResourceExposure[] = []
  for (const [exposure, detail] of exposuresFound(resource, context)) {
    const row = techniquesOf(resource.type, exposure)
    if (row !== undefined) exposures.push({ ...row, detail })
  }
  return exposures
}

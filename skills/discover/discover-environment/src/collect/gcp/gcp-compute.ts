/**
 * Compute Engine of one project: VPC networks, subnetworks, ingress firewall rules, and instances with
 * their external addresses, service accounts and the firewall rules that apply to them (a rule with no
 * targets applies to every instance of its network; otherwise to instances with a target tag or account).
 */
import { asArray, asObject, asString, asStrings } from '#shared/json/index.ts'
import type { IngressRule } from '../../environment.ts'
import type { Collection } from '../collection.ts'
import { type GoogleRest, resourcePath } from './gcp-rest.ts'

interface Firewall {
  readonly uid: string
  readonly network?: string
  readonly targetTags: readonly string[]
  readonly targetServiceAccounts: readonly string[]
}

/** `22`, `8000-9000`, or nothing for every port. */
function portsOf(spec: string | undefined): { from_port?: number; to_port?: number } {
  if (spec === undefined) return {}
  const [from, to] = spec.split('-').map(Number)
  if (from === undefined || !Number.isInteger(from)) return {}
  return { from_port: from, to_port: to !== undefined && Number.isInteger(to) ? to : from }
}

export function firewallIngress(rule: Record<string, unknown>): IngressRule[] {
  if (asString(rule.direction) !== 'INGRESS' || rule.disabled === true) return []
  const rules: IngressRule[] = []
  for (const source of asStrings(rule.sourceRanges)) {
    for (const allowed of asArray(rule.allowed) ?? []) {
      const protocol = asString(asObject(allowed)?.IPProtocol) ?? 'all'
      const ports = asStrings(asObject(allowed)?.ports)
      for (const spec of ports.length === 0 ? [undefined] : ports)
        rules.push({ source, protocol, ...portsOf(spec) })
    }
  }
  return rules
}

function appliesTo(
  firewall: Firewall,
  network: string | undefined,
  tags: readonly string[],
  accounts: readonly string[],
): boolean {
  if (firewall.network !== network) return false
  if (firewall.targetTags.length === 0 && firewall.targetServiceAccounts.length === 0) return true
  return (
    firewall.targetTags.some((tag) => tags.includes(tag)) ||
    firewall.targetServiceAccounts.some((account) => accounts.includes(account))
  )
}

export async function collectCompute(
  rest: GoogleRest,
  project: string,
  collection: Collection,
): Promise<void> {
  const call = (operation: string, permission: string) => ({
    service: 'Compute Engine',
    operation,
    permission,
  })
  const base = `/compute/v1/projects/${project}`
  const networks = await collection.read(call('networks.list', 'compute.networks.list'), () =>
    rest.list(rest.url('compute', `${base}/global/networks`), 'items'),
  )
  for (const network of networks ?? []) {
    const object = asObject(network) ?? {}
    const uid = resourcePath(asString(object.selfLink))
    if (uid !== undefined) collection.add({ uid, type: 'network', name: asString(object.name) })
  }
  const subnetworks = await collection.read(
    call('subnetworks.aggregatedList', 'compute.subnetworks.list'),
    () => rest.listAggregated(rest.url('compute', `${base}/aggregated/subnetworks`), 'subnetworks'),
  )
  for (const subnetwork of subnetworks ?? []) {
    const object = asObject(subnetwork) ?? {}
    const uid = resourcePath(asString(object.selfLink))
    if (uid === undefined) continue
    collection.add({
      uid,
      type: 'subnet',
      name: asString(object.name),
      region: asString(object.region)?.split('/').pop(),
    })
    const network = resourcePath(asString(object.network))
    if (network !== undefined) collection.relate(uid, 'in', network)
  }
  const firewalls: Firewall[] = []
  const listed = await collection.read(call('firewalls.list', 'compute.firewalls.list'), () =>
    rest.list(rest.url('compute', `${base}/global/firewalls`), 'items'),
  )
  for (const firewall of listed ?? []) {
    const object = asObject(firewall) ?? {}
    const uid = resourcePath(asString(object.selfLink))
    if (uid === undefined) continue
    const network = resourcePath(asString(object.network))
    collection.add({
      uid,
      type: 'security-group',
      name: asString(object.name),
      ingress: firewallIngress(object),
    })
    if (network !== undefined) collection.relate(uid, 'in', network)
    firewalls.push({
      uid,
      network,
      targetTags: asStrings(object.targetTags),
      targetServiceAccounts: asStrings(object.targetServiceAccounts),
    })
  }
  const instances = await collection.read(call('instances.aggregatedList', 'compute.instances.list'), () =>
    rest.listAggregated(rest.url('compute', `${base}/aggregated/instances`), 'instances'),
  )
  for (const instance of instances ?? []) {
    const object = asObject(instance) ?? {}
    const uid = resourcePath(asString(object.selfLink))
    if (uid === undefined) continue
    const interfaces = (asArray(object.networkInterfaces) ?? []).map((item) => asObject(item) ?? {})
    const publicIp = interfaces
      .flatMap((item) => asArray(item.accessConfigs) ?? [])
      .map((config) => asString(asObject(config)?.natIP))
      .find((ip) => ip !== undefined)
    const accounts = (asArray(object.serviceAccounts) ?? []).flatMap(
      (account) => asString(asObject(account)?.email) ?? [],
    )
    const tags = asStrings(asObject(object.tags)?.items)
    collection.add({
      uid,
      type: 'instance',
      name: asString(object.name),
      region: asString(object.zone)?.split('/').pop(),
      public_ip: publicIp,
    })
    for (const item of interfaces) {
      const subnet = resourcePath(asString(item.subnetwork))
      if (subnet !== undefined) collection.relate(uid, 'in', subnet)
      const network = resourcePath(asString(item.network))
      for (const firewall of firewalls) {
        if (appliesTo(firewall, network, tags, accounts)) collection.relate(uid, 'protected-by', firewall.uid)
      }
    }
    for (const account of accounts) collection.relate(uid, 'assumes', account)
  }
}

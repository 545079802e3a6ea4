/** Where the call happened and came from: the subscription and tenant, and the caller's address. */
import { isIP } from 'node:net'
import { asString, compact, compactOrOmit, type JsonObject } from '#shared/json/index.ts'
import type { Cloud, NetworkEndpoint } from '#shared/ocsf/index.ts'
import { parseResourceId } from './resource-id.ts'

/** The subscription of the resource id, else the event's subscriptionId; the tenant as the organization. */
export function cloudOf(
  event: JsonObject,
  resourceId: string | undefined,
  region: string | undefined,
): Cloud {
  const subscription =
    (resourceId === undefined ? undefined : parseResourceId(resourceId).subscriptionId) ??
    asString(event.subscriptionId)
  return compact({
    provider: 'Azure',
    region,
    account:
      subscription === undefined
        ? undefined
        : { uid: subscription, type_id: 13 as const, type: 'Azure Subscription' },
    org: compactOrOmit({ uid: asString(event.tenantId) }),
  })
}

/** An address, `address:port` (storage logs), or `[v6]:port`; anything else is kept as a name. */
export function sourceEndpointOf(address: string | undefined): NetworkEndpoint {
  if (address === undefined) return { name: 'unknown' }
  if (isIP(address) !== 0) return { ip: address }
  const withPort = /^\[?([^\]]+?)\]?:(\d{1,5})$/.exec(address)
  const ip = withPort?.[1]
  const port = Number(withPort?.[2])
  if (ip !== undefined && isIP(ip) !== 0 && port <= 65_535) return { ip, port }
  return { name: address }
}

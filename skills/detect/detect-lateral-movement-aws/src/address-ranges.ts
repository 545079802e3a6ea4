/**
 * Address ranges as the detector reads them: which addresses are internal (a VPC's private space, plus
 * what the user adds) and which the user has allowed. node:net's BlockList does the matching; it is
 * pure computation and opens no socket.
 */
import { BlockList, isIP } from 'node:net'

export interface Cidr {
  readonly address: string
  readonly prefix: number
  readonly family: 'ipv4' | 'ipv6'
}

/** The ranges a VPC's private addresses come from, each with why it counts as internal. */
export const INTERNAL_RANGES: readonly string[] = [
  '10.0.0.0/8', // RFC 1918 private space
  '172.16.0.0/12', // RFC 1918 private space
  '192.168.0.0/16', // RFC 1918 private space
  '100.64.0.0/10', // RFC 6598 shared space: VPCs accept it as a secondary CIDR, EKS custom networking puts pods there
  'fc00::/7', // RFC 4193 unique local IPv6; a VPC's own IPv6 ranges are global, so they come from --internal-cidr
]

/** An address or a CIDR block (`10.20.0.0/16`, `10.20.1.15`, `2001:db8::/56`); undefined when it is neither. */
export function parseCidr(text: string): Cidr | undefined {
  const parts = text.trim().split('/')
  const [address, prefixText] = parts
  if (address === undefined || parts.length > 2) return undefined
  const version = isIP(address)
  if (version === 0) return undefined
  const longest = version === 4 ? 32 : 128
  if (prefixText !== undefined && !/^\d{1,3}$/.test(prefixText)) return undefined
  const prefix = prefixText === undefined ? longest : Number(prefixText)
  if (prefix > longest) return undefined
  return { address, prefix, family: version === 4 ? 'ipv4' : 'ipv6' }
}

export class AddressRanges {
  private readonly list = new BlockList()
  readonly isEmpty: boolean

  constructor(cidrs: readonly Cidr[]) {
    for (const cidr of cidrs) this.list.addSubnet(cidr.address, cidr.prefix, cidr.family)
    this.isEmpty = cidrs.length === 0
  }

  has(address: string | undefined): boolean {
    if (address === undefined || this.isEmpty) return false
    const version = isIP(address)
    if (version === 0) return false
    return this.list.check(address, version === 4 ? 'ipv4' : 'ipv6')
  }
}

/** The built-in internal ranges plus the user's. */
export function internalRanges(extra: readonly Cidr[]): AddressRanges {
  const builtIn = INTERNAL_RANGES.map((text) => parseCidr(text)).filter((cidr) => cidr !== undefined)
  return new AddressRanges([...builtIn, ...extra])
}

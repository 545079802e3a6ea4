/**
 * Network security group rules as Resource Manager bodies carry them: a security rule resource
 * (`{ name, properties: { access, direction, protocol, sourceAddressPrefix(es), destinationPortRange(s) } }`)
 * or a whole group with its rules inline (`properties.securityRules[]`).
 */
import { asArray, asString, asStrings, type JsonObject, pathOfEitherCase } from '#shared/json/index.ts'

/** Sources that mean anyone: `*` and `Any` match every address, `Internet` is the service tag for all public ones. */
const INTERNET_SOURCES: ReadonlySet<string> = new Set(['*', 'any', 'internet', '0.0.0.0/0', '::/0'])

/** Remote administration: SSH and RDP. */
const ADMIN_PORTS: readonly number[] = [22, 3389]

/** Protocols that carry SSH or RDP (RDP also runs over UDP). */
const ADMIN_PROTOCOLS: ReadonlySet<string> = new Set(['*', 'any', 'tcp', 'udp'])

export interface OpenRule {
  readonly name: string
  /** The admin ports reachable, or `*` for every port. */
  readonly ports: readonly string[]
  readonly source: string
}

function lower(value: unknown): string {
  return (asString(value) ?? '').toLowerCase()
}

function coversPort(range: string, port: number): boolean {
  const [low, high] = range.split('-')
  const from = Number(low)
  const to = high === undefined ? from : Number(high)
  return Number.isInteger(from) && Number.isInteger(to) && from <= port && port <= to
}

/** What one rule opens to the internet among the admin ports; undefined for anything narrower. */
function openRuleOf(rule: unknown, fallbackName: string): OpenRule | undefined {
  const properties = pathOfEitherCase(rule, 'properties') ?? rule
  if (lower(pathOfEitherCase(properties, 'access')) !== 'allow') return undefined
  if (lower(pathOfEitherCase(properties, 'direction')) !== 'inbound') return undefined
  if (!ADMIN_PROTOCOLS.has(lower(pathOfEitherCase(properties, 'protocol')))) return undefined
  const sources = [
    asString(pathOfEitherCase(properties, 'sourceAddressPrefix')),
    ...asStrings(pathOfEitherCase(properties, 'sourceAddressPrefixes')),
  ]
  const source = sources.find((prefix) => prefix !== undefined && INTERNET_SOURCES.has(prefix.toLowerCase()))
  if (source === undefined) return undefined
  const ranges = [
    asString(pathOfEitherCase(properties, 'destinationPortRange')),
    ...asStrings(pathOfEitherCase(properties, 'destinationPortRanges')),
  ].filter((range) => range !== undefined)
  const name = asString(pathOfEitherCase(rule, 'name')) ?? fallbackName
  if (ranges.includes('*')) return { name, ports: ['*'], source }
  const ports = ADMIN_PORTS.filter((port) => ranges.some((range) => coversPort(range, port)))
  return ports.length === 0 ? undefined : { name, ports: ports.map(String), source }
}

/** The rules in a security rule body or a group body that open admin ports to the internet. */
export function openRulesOf(body: JsonObject, fallbackName: string): OpenRule[] {
  const inline = asArray(pathOfEitherCase(body, 'properties', 'securityRules'))
  const rules = inline ?? [body]
  const open: OpenRule[] = []
  for (const rule of rules) {
    const judged = openRuleOf(rule, fallbackName)
    if (judged !== undefined) open.push(judged)
  }
  return open
}

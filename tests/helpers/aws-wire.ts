/** Wire-protocol pieces the fake services share: XML text, request bodies, the SigV4 scope, and AWS error shapes. */
import type { IncomingMessage } from 'node:http'

export interface Reply {
  readonly status: number
  readonly contentType: string
  readonly body: string
  readonly headers?: Readonly<Record<string, string>>
}

/** An error the fake answers with, in the shape of the protocol that carries it. */
export class AwsFault extends Error {
  constructor(
    readonly code: string,
    readonly status: number,
    message: string,
  ) {
    super(message)
  }
}

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}

/** `<name>children</name>`; undefined children are left out. */
export function el(name: string, ...children: ReadonlyArray<string | undefined>): string {
  return `<${name}>${children.filter((child) => child !== undefined).join('')}</${name}>`
}

/** `<name>value</name>`, or nothing when the value is undefined. */
export function leaf(name: string, value: string | number | boolean | undefined): string | undefined {
  return value === undefined ? undefined : `<${name}>${escapeXml(String(value))}</${name}>`
}

export function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    request.on('error', reject)
  })
}

/** The service and region a request was signed for: `Credential=<key>/<date>/<region>/<service>/aws4_request`. */
export function signingScope(request: IncomingMessage): { service: string; region: string } | undefined {
  const match = /Credential=[^/]+\/\d{8}\/([^/]+)\/([^/]+)\/aws4_request/.exec(
    request.headers.authorization ?? '',
  )
  if (match === null) return undefined
  return { region: match[1] ?? '', service: match[2] ?? '' }
}

/** One page of `items` from the position a marker or next token names. */
export function pageOf<Item>(items: readonly Item[], token: string | undefined, size: number) {
  const start = token === undefined || token === '' ? 0 : Number(token.replace('page-', ''))
  const page = items.slice(start, start + size)
  const next = start + size < items.length ? `page-${start + size}` : undefined
  return { page, next }
}

let requestCounter = 0
export function requestId(): string {
  requestCounter += 1
  return `00000000-0000-4000-8000-${String(requestCounter).padStart(12, '0')}`
}

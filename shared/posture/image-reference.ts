/**
 * Container image references (`registry/repository:tag@digest`) as the distribution reference grammar
 * reads them, and how firmly one pins what runs: a digest, a tag, `latest`, or nothing.
 */

export interface ImageReference {
  /** The registry host, when the reference names one; Docker Hub otherwise. */
  readonly registry?: string
  /** The repository path without the registry, e.g. `library/nginx` written as `nginx`. */
  readonly repository: string
  readonly tag?: string
  readonly digest?: string
}

/** digest: content-addressed; tag: a named version; latest: the moving default; untagged: means latest. */
export type ImagePinning = 'digest' | 'tag' | 'latest' | 'untagged'

const DIGEST = /^[a-z0-9]+(?:[+._-][a-z0-9]+)*:[0-9a-fA-F]{32,}$/
const TAG = /^[\w][\w.-]{0,127}$/
const PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/

/** The first path component is a registry when it looks like a host: a dot, a port, or localhost. */
function isRegistryHost(component: string): boolean {
  return component.includes('.') || component.includes(':') || component === 'localhost'
}

/** The parts of a reference, or undefined when it is not one (empty, a `${VARIABLE}`, spaces, capitals). */
export function parseImageReference(reference: string): ImageReference | undefined {
  let rest = reference.trim()
  if (rest.length === 0 || rest.length > 4096) return undefined
  let digest: string | undefined
  const at = rest.indexOf('@')
  if (at !== -1) {
    digest = rest.slice(at + 1)
    rest = rest.slice(0, at)
    if (!DIGEST.test(digest)) return undefined
  }
  const components = rest.split('/')
  let registry: string | undefined
  if (components.length > 1 && isRegistryHost(components[0] ?? '')) registry = components.shift()
  const last = components.pop() ?? ''
  const colon = last.indexOf(':')
  const tag = colon === -1 ? undefined : last.slice(colon + 1)
  components.push(colon === -1 ? last : last.slice(0, colon))
  if (tag !== undefined && !TAG.test(tag)) return undefined
  if (!components.every((component) => PATH_COMPONENT.test(component))) return undefined
  return { registry, repository: components.join('/'), tag, digest }
}

export function pinningOf(reference: ImageReference): ImagePinning {
  if (reference.digest !== undefined) return 'digest'
  if (reference.tag === undefined) return 'untagged'
  return reference.tag === 'latest' ? 'latest' : 'tag'
}

/** The detector's settings, from its command-line options. */

/** A workload expected to run with host access (a node agent): `monitoring/node-exporter`, or `monitoring/*`. */
export interface AllowedWorkload {
  readonly namespace: string
  /** `*` for every workload of the namespace. */
  readonly name: string
}

export interface ContainerEscapeConfig {
  readonly allowedWorkloads: readonly AllowedWorkload[]
}

export function parseAllowedWorkload(value: string): AllowedWorkload | undefined {
  const [namespace, name, extra] = value.split('/')
  if (namespace === undefined || name === undefined || extra !== undefined) return undefined
  if (namespace.length === 0 || name.length === 0) return undefined
  return { namespace, name }
}

export function isAllowedWorkload(
  allowed: readonly AllowedWorkload[],
  namespace: string | undefined,
  name: string | undefined,
): boolean {
  return allowed.some(
    (workload) => workload.namespace === namespace && (workload.name === '*' || workload.name === name),
  )
}

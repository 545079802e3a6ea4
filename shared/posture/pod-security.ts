/**
 * A container's effective security settings as the kubelet applies them: the container's own
 * securityContext first, the pod's where the container says nothing. YAML 1.1 booleans count as Kubernetes
 * reads them (`privileged: yes` is privileged).
 */
import { asArray, asInt, asObject, asString, type JsonObject, path } from '../json/index.ts'
import type { PodContainer } from '../k8s/index.ts'
import { asYamlBoolean } from './yaml-boolean.ts'

function securityContextOf(container: PodContainer): JsonObject | undefined {
  return asObject(container.spec.securityContext)
}

export function isPrivilegedContainer(container: PodContainer): boolean {
  return asYamlBoolean(securityContextOf(container)?.privileged) === true
}

/** Capability names as the kernel spells them without the CAP_ prefix: `sys_admin` reads as SYS_ADMIN. */
function capabilityNames(value: unknown): string[] {
  const names: string[] = []
  for (const item of asArray(value) ?? []) {
    const name = asString(item)
    if (name !== undefined) names.push(name.toUpperCase().replace(/^CAP_/, ''))
  }
  return names
}

export function addedCapabilities(container: PodContainer): string[] {
  return capabilityNames(path(securityContextOf(container), 'capabilities', 'add'))
}

export function droppedCapabilities(container: PodContainer): string[] {
  return capabilityNames(path(securityContextOf(container), 'capabilities', 'drop'))
}

/** Unless set to false, a process may gain privileges (setuid binaries, file capabilities): the default is true. */
export function allowsPrivilegeEscalation(container: PodContainer): boolean {
  return asYamlBoolean(securityContextOf(container)?.allowPrivilegeEscalation) !== false
}

export function hasReadOnlyRoot(container: PodContainer): boolean {
  return asYamlBoolean(securityContextOf(container)?.readOnlyRootFilesystem) === true
}

export type RootStatus = 'non-root' | 'root' | 'unspecified'

/**
 * runAsUser 0 is root; a non-zero runAsUser or runAsNonRoot: true keeps the container off uid 0; with
 * neither, the image's USER decides, which the objects do not show.
 */
export function rootStatusOf(podSpec: JsonObject, container: PodContainer): RootStatus {
  const own = securityContextOf(container)
  const pod = asObject(podSpec.securityContext)
  const runAsUser = asInt(own?.runAsUser) ?? asInt(pod?.runAsUser)
  if (runAsUser === 0) return 'root'
  const runAsNonRoot = asYamlBoolean(own?.runAsNonRoot) ?? asYamlBoolean(pod?.runAsNonRoot)
  if (runAsNonRoot === true || runAsUser !== undefined) return 'non-root'
  return 'unspecified'
}

/** "container app", "init container setup": how details name a container. */
export function containerLabel(container: PodContainer): string {
  return `${container.role} ${container.name}`
}

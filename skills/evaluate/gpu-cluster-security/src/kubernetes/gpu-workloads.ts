/**
 * GPU workloads and what their pod specs say: which containers get GPUs and how (device plugin resources,
 * or host device paths and NVIDIA_VISIBLE_DEVICES that bypass it), privileges, host IPC, memory-backed
 * volumes, RDMA adapters, CUDA images and storage. NVIDIA's own GPU stack (device plugin, driver, DCGM) needs
 * host access by design and is recognised separately.
 */
import { asArray, asObject, asString, type JsonObject, path } from '#shared/json/index.ts'
import { containersOf, labelsOf, type PodContainer, podSpecOf } from '#shared/k8s/index.ts'
import {
  asYamlBoolean,
  containerLabel,
  type Evidence,
  isPrivilegedContainer,
  type K8sObject,
  known,
  notApplicable,
  parseImageReference,
  unknown,
} from '#shared/posture/index.ts'
import type { GpuWorkload, MemoryVolume, RdmaUse } from '../inventory.ts'
import { type StorageObjects, storageOf } from './storage-encryption.ts'

/** Images of NVIDIA's GPU and network operators' components, which run privileged with host devices by design. */
const GPU_STACK_IMAGES =
  /k8s-device-plugin|dcgm-exporter|gpu-operator|gpu-feature-discovery|container-toolkit|nvidia\/driver|k8s-driver-manager|k8s-rdma-shared-dev-plugin|sriov-network-device-plugin|network-operator|mig-manager/

function imageOf(container: PodContainer): string {
  return asString(container.spec.image) ?? ''
}

export function isGpuStackComponent(podSpec: JsonObject): boolean {
  const containers = containersOf(podSpec).filter((container) => container.role === 'container')
  return containers.length > 0 && containers.every((container) => GPU_STACK_IMAGES.test(imageOf(container)))
}

function resourceNamesOf(container: PodContainer): string[] {
  const names = new Set<string>()
  for (const section of ['limits', 'requests']) {
    for (const name of Object.keys(asObject(path(container.spec, 'resources', section)) ?? {}))
      names.add(name)
  }
  return [...names]
}

/** Host device paths of NVIDIA GPUs; `/dev` itself hands over every device. */
const GPU_DEVICE_PATH = /^\/dev(?:\/nvidia[^/]*)?\/?$/

/** Values of NVIDIA_VISIBLE_DEVICES that ask for no GPU. */
const NO_DEVICES = new Set(['void', 'none'])

function hostPathsOf(podSpec: JsonObject): Map<string, string> {
  const paths = new Map<string, string>()
  for (const item of asArray(podSpec.volumes) ?? []) {
    const hostPath = asString(path(item, 'hostPath', 'path'))
    const name = asString(path(item, 'name'))
    if (hostPath !== undefined && name !== undefined) paths.set(name, hostPath)
  }
  return paths
}

function rawGpuAccessOf(podSpec: JsonObject, containers: readonly PodContainer[]): string[] {
  const found: string[] = []
  for (const [name, hostPath] of hostPathsOf(podSpec)) {
    if (GPU_DEVICE_PATH.test(hostPath)) found.push(`hostPath ${hostPath} (volume ${name})`)
  }
  for (const container of containers) {
    for (const item of asArray(container.spec.env) ?? []) {
      if (path(item, 'name') !== 'NVIDIA_VISIBLE_DEVICES') continue
      const value = asString(path(item, 'value'))
      if (value === undefined && path(item, 'valueFrom') !== undefined)
        found.push(`${containerLabel(container)} sets NVIDIA_VISIBLE_DEVICES from a reference`)
      else if (value !== undefined && !NO_DEVICES.has(value.toLowerCase()))
        found.push(`${containerLabel(container)} sets NVIDIA_VISIBLE_DEVICES=${value}`)
    }
  }
  return found
}

/** A workload that gets GPUs: an nvidia.com resource, raw device access, or the NVIDIA runtime class. */
export function usesGpus(podSpec: JsonObject): boolean {
  const containers = containersOf(podSpec)
  if (
    containers.some((container) => resourceNamesOf(container).some((name) => name.startsWith('nvidia.com/')))
  )
    return true
  if (rawGpuAccessOf(podSpec, containers).length > 0) return true
  return asString(podSpec.runtimeClassName)?.includes('nvidia') === true
}

function memoryVolumesOf(podSpec: JsonObject): MemoryVolume[] {
  const volumes: MemoryVolume[] = []
  for (const item of asArray(podSpec.volumes) ?? []) {
    const name = asString(path(item, 'name')) ?? '(unnamed)'
    const emptyDir = asObject(path(item, 'emptyDir'))
    if (emptyDir?.medium === 'Memory') {
      const limit =
        asString(emptyDir.sizeLimit) ??
        (typeof emptyDir.sizeLimit === 'number' ? String(emptyDir.sizeLimit) : undefined)
      volumes.push({
        name,
        bounded: limit !== undefined,
        how:
          limit === undefined
            ? `emptyDir ${name} (medium Memory) has no sizeLimit`
            : `emptyDir ${name} is limited to ${limit}`,
      })
    }
    if (asString(path(item, 'hostPath', 'path'))?.startsWith('/dev/shm') === true)
      volumes.push({
        name,
        bounded: false,
        how: `hostPath /dev/shm (volume ${name}) is the node's own shared memory`,
      })
  }
  return volumes
}

/**
 * RDMA shared device plugin resources are `rdma/<name>` (its documented prefix); SR-IOV device plugin
 * resources are named by the operator, conventionally with `sriov` or `vf` in them.
 */
function rdmaOf(podSpec: JsonObject, containers: readonly PodContainer[]): RdmaUse | undefined {
  const resources = new Set(containers.flatMap(resourceNamesOf))
  const shared = [...resources].filter((name) => name.startsWith('rdma/'))
  const sriov = [...resources].filter((name) => /sriov|_vf\b|\/vf/i.test(name))
  const rawDevices = [...hostPathsOf(podSpec).values()].filter((hostPath) =>
    hostPath.startsWith('/dev/infiniband'),
  )
  const ipcLock = containers.some((container) =>
    (asArray(path(container.spec, 'securityContext', 'capabilities', 'add')) ?? []).some(
      (capability) => String(capability).toUpperCase().replace(/^CAP_/, '') === 'IPC_LOCK',
    ),
  )
  const hostNetwork = asYamlBoolean(podSpec.hostNetwork) === true
  // Host networking is an RDMA route when the pod also pins memory for the adapter or maps its devices.
  const rdmaHostNetwork = hostNetwork && (ipcLock || rawDevices.length > 0 || shared.length > 0)
  if (shared.length === 0 && sriov.length === 0 && rawDevices.length === 0 && !rdmaHostNetwork)
    return undefined
  return { shared, sriov, hostNetwork: rdmaHostNetwork, rawDevices }
}

/** `nvidia/cuda:12.2.2-runtime-ubuntu22.04`, from Docker Hub or NGC: the tag starts with the CUDA version. */
function cudaVersionsOf(
  containers: readonly PodContainer[],
): Evidence<readonly { version: string; via: string }[]> {
  const versions: { version: string; via: string }[] = []
  for (const container of containers) {
    const image = imageOf(container)
    const reference = parseImageReference(image)
    if (
      reference?.repository !== 'nvidia/cuda' ||
      (reference.registry !== undefined && reference.registry !== 'nvcr.io')
    )
      continue
    const version = /^(\d+\.\d+(?:\.\d+)?)(?:-|$)/.exec(reference.tag ?? '')?.[1]
    if (version !== undefined) versions.push({ version, via: `${containerLabel(container)} image ${image}` })
  }
  if (versions.length > 0) return known(versions)
  return unknown('none of its images names a CUDA version (only nvidia/cuda image tags do)')
}

/** Labels that name a workload's or namespace's tenant, most specific first. */
export const TENANT_LABELS = [
  // Capsule, the multi-tenancy operator, labels every namespace of a tenant with it.
  'capsule.clastix.io/tenant',
  // The common convention for tenant and team ownership.
  'tenant',
  'team',
]

export function tenantOf(labels: Readonly<Record<string, string>>): string | undefined {
  for (const label of TENANT_LABELS) {
    const value = labels[label]
    if (value !== undefined) return value
  }
  return undefined
}

export function gpuWorkloadOf(object: K8sObject, storage: StorageObjects): GpuWorkload | undefined {
  const podSpec = podSpecOf(object.raw)
  if (podSpec === undefined || !usesGpus(podSpec)) return undefined
  const containers = containersOf(podSpec)
  const namespace = object.namespace ?? 'default'
  const templateLabels = path(object.raw, 'spec', 'template', 'metadata', 'labels')
  const claimTemplates = asArray(path(object.raw, 'spec', 'volumeClaimTemplates')) ?? []
  const volumes = storageOf(podSpec, claimTemplates, namespace, storage)
  return {
    resource: object.resource,
    file: object.source.file,
    line: object.source.line,
    name: `${namespace}/${object.name}`,
    kind: object.kind,
    namespace,
    privileged: containers.filter(isPrivilegedContainer).map(containerLabel),
    rawGpuAccess: rawGpuAccessOf(podSpec, containers),
    hostIpc: asYamlBoolean(podSpec.hostIPC) === true,
    memoryVolumes: memoryVolumesOf(podSpec),
    rdma: rdmaOf(podSpec, containers),
    cudaVersions: cudaVersionsOf(containers),
    storage:
      volumes.length === 0
        ? notApplicable(
            'it mounts no persistent or host volume, so its weights come from the image or a download',
          )
        : known(volumes, object.source.line),
    tenant: tenantOf({ ...labelsOf(path(object.raw, 'metadata', 'labels')), ...labelsOf(templateLabels) }),
  }
}

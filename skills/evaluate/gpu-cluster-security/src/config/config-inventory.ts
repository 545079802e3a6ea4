/**
 * Reads a GPU cluster config document into the inventory's parts. Each node, workload and namespace entry
 * is one record: an entry that does not match the schema is skipped with the reason and its line.
 */

import { asArray, asObject, asString } from '#shared/json/index.ts'
import type { z } from '#shared/json/zod.ts'
import type { ConfigDocument } from '#shared/posture/config-documents.ts'
import { type Evidence, known, notApplicable, unknown } from '#shared/posture/index.ts'
import type { GpuNamespace, GpuNode, GpuWorkload, MemoryVolume, RdmaUse } from '../inventory.ts'
import { ClusterSettings, NamespaceSettings, NodeSettings, WorkloadSettings } from './gpu-config-schema.ts'

export const GPU_CONFIG_KIND = 'GpuClusterConfig'

/** A GPU cluster config: `kind: GpuClusterConfig`, or a document without a kind holding nodes or workloads. */
export function isGpuConfig(value: unknown): boolean {
  const object = asObject(value)
  if (object === undefined) return false
  const kind = asString(object.kind)
  if (kind !== undefined) return kind === GPU_CONFIG_KIND
  return asArray(object.nodes) !== undefined || asArray(object.workloads) !== undefined
}

export type Entry<Value> =
  | { readonly kind: 'valid'; readonly value: Value }
  | { readonly kind: 'invalid'; readonly line: number; readonly reason: string }

export interface ConfigParts {
  readonly nodes: Entry<GpuNode>[]
  readonly workloads: Entry<GpuWorkload>[]
  readonly namespaces: Entry<NamespaceSettings & { readonly line: number }>[]
  readonly monitoring?: Evidence<{ deployed: boolean; how: string }>
  readonly auditLogging?: Evidence<{ enabled: boolean; how: string }>
}

function entries<Settings, Value>(
  document: ConfigDocument,
  field: string,
  schema: z.ZodType<Settings>,
  build: (settings: Settings, line: number) => Value,
): Entry<Value>[] {
  const result: Entry<Value>[] = []
  for (const [index, item] of (asArray(asObject(document.value)?.[field]) ?? []).entries()) {
    const line = document.lineAt([field, index]) ?? document.line
    const parsed = schema.safeParse(item)
    if (parsed.success) result.push({ kind: 'valid', value: build(parsed.data, line) })
    else {
      const issue = parsed.error.issues[0]
      result.push({
        kind: 'invalid',
        line,
        reason: `${issue?.path.join('.') || field}: ${issue?.message ?? ''}`,
      })
    }
  }
  return result
}

function memoryVolumesOf(settings: WorkloadSettings): MemoryVolume[] {
  const memory = settings.shared_memory
  if (memory === undefined) return []
  if (memory.host === true)
    return [{ name: 'shared_memory', bounded: false, how: "shared_memory.host uses the node's own /dev/shm" }]
  if (memory.size_limit !== undefined)
    return [{ name: 'shared_memory', bounded: true, how: `shared_memory is limited to ${memory.size_limit}` }]
  return [{ name: 'shared_memory', bounded: false, how: 'shared_memory has no size_limit' }]
}

function rdmaOf(settings: WorkloadSettings): RdmaUse | undefined {
  switch (settings.rdma) {
    case 'shared':
      return { shared: ['rdma: shared'], sriov: [], hostNetwork: false, rawDevices: [] }
    case 'sriov':
      return { shared: [], sriov: ['rdma: sriov'], hostNetwork: false, rawDevices: [] }
    case 'host-network':
      return { shared: [], sriov: [], hostNetwork: true, rawDevices: [] }
    default:
      return undefined
  }
}

function workloadOf(settings: WorkloadSettings, line: number, file: string): GpuWorkload {
  const name = `${settings.namespace}/${settings.name}`
  const storage = settings.model_storage
  const access = settings.gpu_access
  return {
    resource: { uid: `${file}#workloads/${name}`, name, namespace: settings.namespace, type: 'GPU workload' },
    file,
    line,
    name,
    kind: 'workload',
    namespace: settings.namespace,
    privileged: settings.privileged === true ? ['the config sets privileged: true'] : [],
    rawGpuAccess: access === undefined || access === 'device-plugin' ? [] : [`gpu_access: ${access}`],
    hostIpc: settings.host_ipc === true,
    memoryVolumes: memoryVolumesOf(settings),
    rdma: rdmaOf(settings),
    cudaVersions:
      settings.cuda_version === undefined
        ? unknown('the config gives no cuda_version')
        : known([{ version: settings.cuda_version, via: 'cuda_version' }]),
    storage:
      storage === undefined
        ? notApplicable('the config gives it no model_storage')
        : known([
            {
              volume: 'model_storage',
              encrypted: storage.encrypted === true,
              how:
                storage.encrypted === true
                  ? `model_storage is encrypted${storage.kms_key === undefined ? '' : ' with a KMS key'}`
                  : 'model_storage is not encrypted',
            },
          ]),
    tenant: settings.tenant,
  }
}

function nodeOf(settings: NodeSettings, line: number, file: string): GpuNode {
  return {
    resource: { uid: `${file}#nodes/${settings.name}`, name: settings.name, type: 'GPU node' },
    file,
    line,
    name: settings.name,
    driverVersion:
      settings.driver_version === undefined
        ? unknown('the config gives no driver_version')
        : known(settings.driver_version, line),
  }
}

function clusterFacts(document: ConfigDocument): Pick<ConfigParts, 'monitoring' | 'auditLogging'> {
  const parsed = ClusterSettings.safeParse(document.value)
  if (!parsed.success) return {}
  const { monitoring, audit_logging: audit } = parsed.data
  const dcgm = monitoring?.dcgm_exporter === true
  return {
    monitoring: known(
      {
        deployed: dcgm,
        how: dcgm
          ? 'monitoring.dcgm_exporter is true'
          : 'the config does not turn on monitoring.dcgm_exporter',
      },
      document.lineAt(['monitoring']),
    ),
    auditLogging: known(
      {
        enabled: audit?.enabled === true,
        how:
          audit?.enabled === true
            ? `audit_logging is enabled${audit.policy === undefined ? '' : ` with policy ${audit.policy}`}`
            : 'the config does not turn on audit_logging',
      },
      document.lineAt(['audit_logging']),
    ),
  }
}

export function readGpuConfig(document: ConfigDocument, file: string): ConfigParts {
  return {
    nodes: entries(document, 'nodes', NodeSettings, (settings, line) => nodeOf(settings, line, file)),
    workloads: entries(document, 'workloads', WorkloadSettings, (settings, line) =>
      workloadOf(settings, line, file),
    ),
    namespaces: entries(document, 'namespaces', NamespaceSettings, (settings, line) => ({
      ...settings,
      line,
    })),
    ...clusterFacts(document),
  }
}

/** The namespaces a config describes, and those its workloads run in that it does not describe. */
export function configNamespacesOf(
  declared: readonly (NamespaceSettings & { readonly line: number })[],
  workloads: readonly GpuWorkload[],
  file: string,
): GpuNamespace[] {
  const names = [
    ...new Set([
      ...declared.map((namespace) => namespace.name),
      ...workloads.map((workload) => workload.namespace),
    ]),
  ]
  return names.map((name) => {
    const settings = declared.find((namespace) => namespace.name === name)
    const tenants = workloads
      .filter((workload) => workload.namespace === name)
      .map((workload) => workload.tenant)
    const base = {
      resource: { uid: `${file}#namespaces/${name}`, name, type: 'Namespace' },
      file,
      line: settings?.line ?? workloads.find((workload) => workload.namespace === name)?.line,
      name,
      tenant: settings?.tenant,
      workloadTenants: [...new Set(tenants.filter((tenant) => tenant !== undefined))],
    }
    if (settings === undefined) {
      const why = `the config's workloads run in namespace ${name}, which it does not describe`
      return { ...base, networkIsolation: unknown(why), gpuQuota: unknown(why) }
    }
    const policy = settings.network_policy ?? 'none'
    const quota = settings.gpu_quota
    return {
      ...base,
      networkIsolation: known(
        { isolated: policy !== 'none', how: `network_policy is ${policy}` },
        settings.line,
      ),
      gpuQuota: known(
        quota === undefined
          ? { how: 'the namespace has no gpu_quota' }
          : { quota: `gpu_quota=${quota}`, how: 'gpu_quota' },
        settings.line,
      ),
    }
  })
}

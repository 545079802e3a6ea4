/**
 * The GPU cluster config file: what a platform team states about its GPU node pools, GPU workloads and
 * namespaces when there is no cluster to read (a design review, an infrastructure-as-code module), as
 * SKILL.md documents it. Keys are snake_case; unknown keys are allowed. A setting left out is the Kubernetes
 * default (not privileged, no host IPC, GPUs through the device plugin) or, for cluster-wide features, off.
 */
import * as z from '#shared/json/zod.ts'

export const NodeSettings = z.looseObject({
  name: z.string().min(1),
  // `driver_version: 535.54` would be a YAML number: only text keeps every part of a version.
  driver_version: z.string().optional(),
})

export const WorkloadSettings = z.looseObject({
  name: z.string().min(1),
  namespace: z.string().min(1).default('default'),
  tenant: z.string().optional(),
  privileged: z.boolean().optional(),
  gpu_access: z.enum(['device-plugin', 'host-devices', 'visible-devices-env']).optional(),
  host_ipc: z.boolean().optional(),
  shared_memory: z
    .looseObject({
      medium: z.string().optional(),
      size_limit: z.string().optional(),
      host: z.boolean().optional(),
    })
    .optional(),
  rdma: z.enum(['none', 'sriov', 'shared', 'host-network']).optional(),
  cuda_version: z.string().optional(),
  model_storage: z
    .looseObject({
      encrypted: z.boolean().optional(),
      kms_key: z.string().optional(),
    })
    .optional(),
})

export const NamespaceSettings = z.looseObject({
  name: z.string().min(1),
  tenant: z.string().optional(),
  network_policy: z.enum(['default-deny', 'allow-list', 'none']).optional(),
  gpu_quota: z.union([z.number(), z.string()]).optional(),
})

export const ClusterSettings = z.looseObject({
  name: z.string().optional(),
  monitoring: z.looseObject({ dcgm_exporter: z.boolean().optional() }).optional(),
  audit_logging: z.looseObject({ enabled: z.boolean().optional(), policy: z.string().optional() }).optional(),
})

export type NodeSettings = z.infer<typeof NodeSettings>
export type WorkloadSettings = z.infer<typeof WorkloadSettings>
export type NamespaceSettings = z.infer<typeof NamespaceSettings>

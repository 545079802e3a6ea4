/**
 * A GPU cluster as the controls see it, built the same way from Kubernetes objects (manifests, `kubectl get
 * -o json`, a live cluster) and from a GPU cluster config file: GPU nodes, GPU workloads, the namespaces they
 * run in, and the cluster-wide monitoring and audit settings. Facts an input cannot state carry the reason.
 */
import type { ResourceDetails } from '#shared/ocsf/index.ts'
import type { Evidence } from '#shared/posture/index.ts'

/** What a finding points at: the resource, and the file and line that define it. */
export interface Located {
  readonly resource: ResourceDetails
  readonly file?: string
  readonly line?: number
}

export interface GpuNode extends Located {
  readonly name: string
  /** The NVIDIA driver version (`580.95.05`), or why it is not known. */
  readonly driverVersion: Evidence<string>
}

/** A memory-backed volume (`/dev/shm`): bounded by a size limit, or by nothing but the node's memory. */
export interface MemoryVolume {
  readonly name: string
  readonly bounded: boolean
  readonly how: string
}

/** How a workload reaches InfiniBand/RoCE adapters. */
export interface RdmaUse {
  /** Resources of the RDMA shared device plugin: one adapter shared by every pod that requests them. */
  readonly shared: readonly string[]
  /** SR-IOV virtual functions: an adapter function of its own. */
  readonly sriov: readonly string[]
  readonly hostNetwork: boolean
  /** Adapter device nodes mounted from the host (`/dev/infiniband`). */
  readonly rawDevices: readonly string[]
}

/** Whether a volume that may hold model weights is encrypted at rest; undefined when the input cannot tell. */
export interface VolumeEncryption {
  readonly volume: string
  readonly encrypted?: boolean
  readonly how: string
}

export interface GpuWorkload extends Located {
  readonly name: string
  readonly kind: string
  readonly namespace: string
  readonly privileged: readonly string[]
  /** GPU access that bypasses the device plugin: /dev/nvidia* host paths, NVIDIA_VISIBLE_DEVICES set by hand. */
  readonly rawGpuAccess: readonly string[]
  readonly hostIpc: boolean
  readonly memoryVolumes: readonly MemoryVolume[]
  /** Undefined when the workload does not use RDMA. */
  readonly rdma?: RdmaUse
  /** CUDA versions its images name (`nvidia/cuda:12.2.2-...`), or why none is known. */
  readonly cudaVersions: Evidence<readonly { readonly version: string; readonly via: string }[]>
  /** Volumes that may hold model weights; not applicable when it has none. */
  readonly storage: Evidence<readonly VolumeEncryption[]>
  /** The tenant its labels name, when they name one. */
  readonly tenant?: string
}

export interface GpuNamespace extends Located {
  readonly name: string
  /** The tenant the namespace is labelled for. */
  readonly tenant?: string
  /** The tenants its GPU workloads are labelled for. */
  readonly workloadTenants: readonly string[]
  readonly networkIsolation: Evidence<{ readonly isolated: boolean; readonly how: string }>
  readonly gpuQuota: Evidence<{ readonly quota?: string; readonly how: string }>
}

export interface GpuInventory {
  /** What was evaluated as a whole (the files, or the cluster): the resource of cluster-wide outcomes. */
  readonly scope: ResourceDetails
  readonly file?: string
  /** When the configuration was observed: driver branches and CUDA images are judged as of this time. */
  readonly evaluatedAt: number
  /** Whether the input shows any GPU node or GPU workload at all. */
  readonly hasGpus: boolean
  readonly nodes: readonly GpuNode[]
  readonly workloads: readonly GpuWorkload[]
  readonly namespaces: readonly GpuNamespace[]
  readonly monitoring: Evidence<{ readonly deployed: boolean; readonly how: string }>
  readonly auditLogging: Evidence<{ readonly enabled: boolean; readonly how: string }>
}

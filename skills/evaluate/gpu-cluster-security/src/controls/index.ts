/** The controls of gpu-cluster-security, in baseline order. */
import type { GpuControl } from '../benchmark.ts'
import { auditLogging } from './audit-logging.ts'
import { cudaSupport } from './cuda-support.ts'
import { devicePluginAccess } from './device-plugin-access.ts'
import { driverVulnerabilities } from './driver-vulnerabilities.ts'
import { gpuMonitoring } from './gpu-monitoring.ts'
import { gpuQuotas } from './gpu-quotas.ts'
import { hostIpc } from './host-ipc.ts'
import { namespaceNetworkPolicy } from './namespace-network-policy.ts'
import { privilegedGpuContainers } from './privileged-gpu-containers.ts'
import { rdmaIsolation } from './rdma-isolation.ts'
import { sharedMemoryLimits } from './shared-memory-limits.ts'
import { tenantNamespaces } from './tenant-namespaces.ts'
import { weightsEncryption } from './weights-encryption.ts'

export const CONTROLS: readonly GpuControl[] = [
  privilegedGpuContainers,
  devicePluginAccess,
  hostIpc,
  driverVulnerabilities,
  cudaSupport,
  rdmaIsolation,
  namespaceNetworkPolicy,
  sharedMemoryLimits,
  weightsEncryption,
  tenantNamespaces,
  gpuQuotas,
  gpuMonitoring,
  auditLogging,
]

/** The controls of k8s-security-benchmark, in benchmark order. */
import type { K8sControl } from '../benchmark.ts'
import { capabilitiesDropped, capabilityAdditions, netRawCapability } from './capabilities.ts'
import { clusterAdminBinding } from './cluster-admin-binding.ts'
import { defaultServiceAccount } from './default-service-account.ts'
import { encryptionProviderConfig } from './encryption-provider-config.ts'
import { encryptionProviders } from './encryption-providers.ts'
import { hostIpc, hostNetwork, hostPid } from './host-namespaces.ts'
import { hostPathVolumes } from './host-path-volumes.ts'
import { imageProvenance } from './image-provenance.ts'
import { networkPolicies } from './network-policies.ts'
import { privilegeEscalation } from './privilege-escalation.ts'
import { privilegedContainers } from './privileged-containers.ts'
import { rootContainers } from './root-containers.ts'
import { secretsInEnvironment } from './secrets-in-environment.ts'
import { serviceAccountTokenMount } from './service-account-token-mount.ts'
import { wildcardRbac } from './wildcard-rbac.ts'

export const CONTROLS: readonly K8sControl[] = [
  encryptionProviderConfig,
  encryptionProviders,
  clusterAdminBinding,
  wildcardRbac,
  defaultServiceAccount,
  serviceAccountTokenMount,
  privilegedContainers,
  hostPid,
  hostIpc,
  hostNetwork,
  privilegeEscalation,
  rootContainers,
  netRawCapability,
  capabilityAdditions,
  capabilitiesDropped,
  hostPathVolumes,
  networkPolicies,
  secretsInEnvironment,
  imageProvenance,
]

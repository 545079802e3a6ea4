/** The controls of container-security, in benchmark order. */
import type { DockerControl } from '../benchmark.ts'
import { containerUser } from './container-user.ts'
import { copyInsteadOfAdd } from './copy-instead-of-add.ts'
import { healthcheck } from './healthcheck.ts'
import { dockerSocketMount, hostNetworkNamespace, hostProcessNamespace } from './host-isolation.ts'
import { minimalBaseImage } from './minimal-base-image.ts'
import { readOnlyRootFilesystem } from './read-only-root-filesystem.ts'
import { cpuPriority, memoryLimit } from './resource-limits.ts'
import { capabilitiesRestricted, noNewPrivileges, privilegedContainer } from './runtime-privileges.ts'
import { secretsInConfiguration } from './secrets-in-configuration.ts'
import { trustedBaseImage } from './trusted-base-image.ts'

export const CONTROLS: readonly DockerControl[] = [
  containerUser,
  trustedBaseImage,
  minimalBaseImage,
  healthcheck,
  copyInsteadOfAdd,
  secretsInConfiguration,
  capabilitiesRestricted,
  privilegedContainer,
  hostNetworkNamespace,
  memoryLimit,
  cpuPriority,
  readOnlyRootFilesystem,
  hostProcessNamespace,
  noNewPrivileges,
  dockerSocketMount,
]

/** The detector's rules, one line each; the runner refuses duplicate ids at start-up. */
import type { Rule } from '#shared/detect/index.ts'
import type { ContainerEscapeConfig } from '../config.ts'
import { k8sDangerousCapabilities } from './k8s-dangerous-capabilities.ts'
import { k8sHostNamespaces } from './k8s-host-namespaces.ts'
import { k8sPrivilegeEscalationAllowed } from './k8s-privilege-escalation-allowed.ts'
import { k8sPrivilegedContainer } from './k8s-privileged-container.ts'
import { k8sSensitiveHostPath } from './k8s-sensitive-host-path.ts'

export const RULES: readonly Rule<ContainerEscapeConfig>[] = [
  k8sPrivilegedContainer,
  k8sHostNamespaces,
  k8sSensitiveHostPath,
  k8sDangerousCapabilities,
  k8sPrivilegeEscalationAllowed,
]

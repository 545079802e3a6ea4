/** A container adding Linux capabilities that break isolation: SYS_ADMIN, SYS_MODULE, SYS_PTRACE, ALL... */
import type { EventRule } from '#shared/detect/index.ts'
import { asStrings } from '#shared/json/index.ts'
import type { ContainerEscapeConfig } from '../config.ts'
import { capabilityName, DANGEROUS_CAPABILITIES } from '../mappings/capabilities.ts'
import { containerLabel, describeSettings, type RiskySetting } from '../risky-setting.ts'
import { securityContextField, type WorkloadWrite, workloadWriteOf } from '../workload-write.ts'

const TITLE = 'Dangerous capability added'

function capabilitySettings(write: WorkloadWrite | undefined): RiskySetting[] {
  if (write === undefined) return []
  const settings: RiskySetting[] = []
  for (const container of write.containers) {
    for (const added of asStrings(securityContextField(container, 'capabilities', 'add'))) {
      const capability = DANGEROUS_CAPABILITIES[capabilityName(added)]
      if (capability === undefined) continue
      settings.push({
        where: containerLabel(container.role, container.name),
        setting: `${container.at}.securityContext.capabilities.add: ${added}`,
        effect: `grants ${capability.grants}`,
        severity: capability.severity,
      })
    }
  }
  return settings
}

export const k8sDangerousCapabilities: EventRule<ContainerEscapeConfig> = {
  id: 'k8s-dangerous-capabilities',
  title: TITLE,
  severity: 'high',
  attacks: ['T1611', 'T1610'],
  classUids: [6003],
  rationale:
    'Capabilities such as SYS_ADMIN, SYS_MODULE and DAC_READ_SEARCH are each enough to leave the container (mounting the host disk, loading a module, reading host files by handle); the Pod Security baseline forbids adding them.',
  reference: 'https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline',
  runbook:
    '1. Which capability, on which container, and what does the image do with it? 2. Is it a network or storage agent that needs it? 3. If not, delete the workload and check its nodes.',
  falsePositives: [
    'VPN, service-mesh and CNI agents that add NET_ADMIN (reported at medium); pass them with --allow-workload',
    'profilers and debuggers that add SYS_PTRACE in development namespaces',
  ],
  match(event, config) {
    return capabilitySettings(workloadWriteOf(event, config)).length > 0
  },
  describe(event, config) {
    const write = workloadWriteOf(event, config)
    return describeSettings(write, capabilitySettings(write), TITLE)
  },
}

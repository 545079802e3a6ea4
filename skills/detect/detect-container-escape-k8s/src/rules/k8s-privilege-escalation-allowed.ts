/** A container explicitly allowed to gain more privileges than its parent process (setuid binaries, file capabilities). */
import type { EventRule } from '#shared/detect/index.ts'
import type { ContainerEscapeConfig } from '../config.ts'
import { containerLabel, describeSettings, type RiskySetting } from '../risky-setting.ts'
import { securityContextField, type WorkloadWrite, workloadWriteOf } from '../workload-write.ts'

const TITLE = 'Privilege escalation allowed'

function escalationSettings(write: WorkloadWrite | undefined): RiskySetting[] {
  if (write === undefined) return []
  const settings: RiskySetting[] = []
  for (const container of write.containers) {
    if (securityContextField(container, 'allowPrivilegeEscalation') !== true) continue
    settings.push({
      where: containerLabel(container.role, container.name),
      setting: `${container.at}.securityContext.allowPrivilegeEscalation: true`,
      severity: 'low',
    })
  }
  return settings
}

export const k8sPrivilegeEscalationAllowed: EventRule<ContainerEscapeConfig> = {
  id: 'k8s-privilege-escalation-allowed',
  title: TITLE,
  severity: 'low',
  attacks: ['T1611', 'T1610'],
  classUids: [6003],
  rationale:
    'allowPrivilegeEscalation: true lets a process gain privileges through setuid binaries, the first step of most escapes that start as a non-root user; written out explicitly, it is a choice the Pod Security restricted profile forbids.',
  reference: 'https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted',
  runbook:
    '1. Why does this container need setuid (sudo, ping in an old image)? 2. Set allowPrivilegeEscalation: false, or move the workload to a namespace that enforces the restricted profile.',
  falsePositives: ['images that rely on sudo or setuid tools at run time'],
  match(event, config) {
    return escalationSettings(workloadWriteOf(event, config)).length > 0
  },
  describe(event, config) {
    const write = workloadWriteOf(event, config)
    return describeSettings(write, escalationSettings(write), TITLE)
  },
}

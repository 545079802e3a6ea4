/** A workload with a privileged container (or a Windows HostProcess one): root on the node with a restart. */
import type { EventRule } from '#shared/detect/index.ts'
import { path } from '#shared/json/index.ts'
import type { ContainerEscapeConfig } from '../config.ts'
import { containerLabel, describeSettings, type RiskySetting } from '../risky-setting.ts'
import { securityContextField, type WorkloadWrite, workloadWriteOf } from '../workload-write.ts'

const TITLE = 'Privileged container'

function privilegedSettings(write: WorkloadWrite | undefined): RiskySetting[] {
  if (write === undefined) return []
  const settings: RiskySetting[] = []
  if (path(write.podSpec.spec, 'securityContext', 'windowsOptions', 'hostProcess') === true) {
    settings.push({
      where: 'the pod',
      setting: `${write.podSpec.at}.securityContext.windowsOptions.hostProcess: true`,
      severity: 'high',
    })
  }
  for (const container of write.containers) {
    const where = containerLabel(container.role, container.name)
    if (securityContextField(container, 'privileged') === true) {
      settings.push({ where, setting: `${container.at}.securityContext.privileged: true`, severity: 'high' })
    }
    if (securityContextField(container, 'windowsOptions', 'hostProcess') === true) {
      settings.push({
        where,
        setting: `${container.at}.securityContext.windowsOptions.hostProcess: true`,
        severity: 'high',
      })
    }
  }
  return settings
}

export const k8sPrivilegedContainer: EventRule<ContainerEscapeConfig> = {
  id: 'k8s-privileged-container',
  title: TITLE,
  severity: 'high',
  attacks: ['T1611', 'T1610'],
  classUids: [6003],
  rationale:
    'A privileged container sees every device of the node and runs with all capabilities and no seccomp or AppArmor confinement; mounting the host disk from it is one command.',
  reference: 'https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline',
  runbook:
    '1. Who wrote the workload, and through which pipeline? 2. Is it a node agent you run (CNI, CSI, monitoring)? 3. If not, delete it, cordon the nodes it ran on, and check them for new files, users and containers.',
  falsePositives: [
    'node agents (CNI plugins, CSI drivers, security agents) installed by a deployment pipeline; pass them with --allow-workload',
    '`kubectl debug node/...` with the sysadmin profile by an on-call engineer',
  ],
  match(event, config) {
    return privilegedSettings(workloadWriteOf(event, config)).length > 0
  },
  describe(event, config) {
    const write = workloadWriteOf(event, config)
    return describeSettings(write, privilegedSettings(write), TITLE)
  },
}

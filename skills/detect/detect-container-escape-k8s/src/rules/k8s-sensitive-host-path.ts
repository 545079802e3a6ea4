/** A workload mounting a host path: the node's root, runtime socket, kubelet directory and the like. */
import type { EventRule } from '#shared/detect/index.ts'
import { asArray, asObject, asString, path } from '#shared/json/index.ts'
import type { ContainerEscapeConfig } from '../config.ts'
import { hostPathRisk } from '../mappings/host-paths.ts'
import { containerLabel, describeSettings, type RiskySetting } from '../risky-setting.ts'
import { type WorkloadWrite, workloadWriteOf } from '../workload-write.ts'

const TITLE = 'Host path mounted'

/** The containers that mount a volume, as `container "agent" at /host`. */
function mountsOf(write: WorkloadWrite, volume: string): string[] {
  const mounts: string[] = []
  for (const container of write.containers) {
    for (const mount of asArray(container.spec.volumeMounts) ?? []) {
      if (path(mount, 'name') !== volume) continue
      const readOnly = path(mount, 'readOnly') === true ? ', read-only' : ''
      mounts.push(
        `${containerLabel(container.role, container.name)} at ${asString(path(mount, 'mountPath')) ?? '?'}${readOnly}`,
      )
    }
  }
  return mounts
}

function hostPathSettings(write: WorkloadWrite | undefined): RiskySetting[] {
  if (write === undefined) return []
  const settings: RiskySetting[] = []
  const volumes = asArray(write.podSpec.spec.volumes) ?? []
  volumes.forEach((item, index) => {
    const volume = asObject(item)
    const hostPath = asString(path(volume, 'hostPath', 'path'))
    if (hostPath === undefined) return
    const risk = hostPathRisk(hostPath)
    if (risk === undefined) return
    const name = asString(volume?.name) ?? `#${index}`
    const mounts = mountsOf(write, name)
    const mountedBy =
      mounts.length > 0 ? `mounted by ${mounts.join(' and ')}` : 'not mounted by any container'
    settings.push({
      where: `volume "${name}" (${mountedBy})`,
      setting: `${write.podSpec.at}.volumes[${index}].hostPath.path: ${hostPath}`,
      effect: `exposes ${risk.exposes}`,
      severity: risk.severity,
    })
  })
  return settings
}

export const k8sSensitiveHostPath: EventRule<ContainerEscapeConfig> = {
  id: 'k8s-sensitive-host-path',
  title: TITLE,
  severity: 'high',
  attacks: ['T1611', 'T1610'],
  classUids: [6003],
  rationale:
    'A hostPath volume reaches past the container onto the node: the root filesystem or a runtime socket is the node itself, the kubelet directory holds every pod’s secrets, /etc and /proc let a container make the host run its code.',
  reference: 'https://kubernetes.io/docs/concepts/storage/volumes/#hostpath',
  runbook:
    '1. Which path, and is the mount writable? 2. Is the workload a node agent you run (log shipper, CSI driver)? 3. If not, delete it and check the node for changed files under that path.',
  falsePositives: [
    'log shippers mounting /var/log and monitoring agents mounting /proc and /sys read-only; pass them with --allow-workload',
    'single-node development clusters that use hostPath for storage (reported at low)',
  ],
  match(event, config) {
    return hostPathSettings(workloadWriteOf(event, config)).length > 0
  },
  describe(event, config) {
    const write = workloadWriteOf(event, config)
    return describeSettings(write, hostPathSettings(write), TITLE)
  },
}

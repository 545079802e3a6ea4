/** What a rule found in a workload, and the one-finding description every rule gives of it. */
import type { Detection } from '#shared/detect/index.ts'
import { SEVERITY_IDS, type SeverityName } from '#shared/ocsf/index.ts'
import { pastTense, type WorkloadWrite } from './workload-write.ts'

export interface RiskySetting {
  /** `container "agent"`, `the pod`, `volume "docker-sock" (mounted by container "agent" at /host)` */
  readonly where: string
  /** The field and value as submitted: `spec.template.spec.containers[0].securityContext.privileged: true` */
  readonly setting: string
  /** What the setting gives away, when it needs saying: `grants loading kernel modules into the node`. */
  readonly effect?: string
  readonly severity: SeverityName
}

function highest(settings: readonly RiskySetting[]): SeverityName {
  let worst: SeverityName = 'informational'
  for (const setting of settings) {
    if (SEVERITY_IDS[setting.severity] > SEVERITY_IDS[worst]) worst = setting.severity
  }
  return worst
}

/** `a`, `a and b`, `a, b and c` */
function listOf(items: readonly string[]): string {
  if (items.length <= 1) return items.join('')
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`
}

/** Settings grouped by where they are, in the order found: `container "api" sets x and y; the pod sets z`. */
function settingsText(settings: readonly RiskySetting[]): string {
  const byWhere = new Map<string, string[]>()
  for (const setting of settings) {
    const items = byWhere.get(setting.where) ?? []
    items.push(setting.effect === undefined ? setting.setting : `${setting.setting} (${setting.effect})`)
    byWhere.set(setting.where, items)
  }
  const groups: string[] = []
  for (const [where, items] of byWhere) groups.push(`${where} sets ${listOf(items)}`)
  return groups.join('; ')
}

/** One finding per actor and workload: every setting the rule found, the most severe deciding the severity. */
export function describeSettings(
  write: WorkloadWrite | undefined,
  settings: readonly RiskySetting[],
  title: string,
): Omit<Detection, 'events'> {
  if (write === undefined) return { key: [], desc: title }
  return {
    key: [write.actor, write.workload],
    title: `${title} in ${write.workload}`,
    severity: highest(settings),
    desc: `${write.actor} ${pastTense(write.request.verb)} ${write.workload}: ${settingsText(settings)}.`,
  }
}

export function containerLabel(kind: string, name: string): string {
  return `${kind} "${name}"`
}

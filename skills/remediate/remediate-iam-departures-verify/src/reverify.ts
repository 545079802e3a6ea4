/** Re-reads every identity a plan removes and turns what is still there into drift findings, in plan order. */
import type { Reporter } from '#shared/io/index.ts'
import type { DetectionFinding } from '#shared/ocsf/index.ts'
import { buildDriftFinding, driftOf, type IdentityDirectory, type Plan } from '#shared/remediate/index.ts'

export async function reverifyPlan(
  plan: Plan,
  directories: readonly IdentityDirectory[],
  observedTime: number,
  skill: string,
  reporter: Reporter,
): Promise<DetectionFinding[]> {
  const findings: DetectionFinding[] = []
  for (const [index, planned] of plan.identities.entries()) {
    reporter.read += 1
    const directory = directories.find((candidate) => candidate.provider === planned.identity.provider)
    if (directory === undefined) {
      reporter.skip(
        { source: 'plan', index },
        'provider not read',
        `${planned.identity.provider} ${planned.identity.uid}`,
      )
      continue
    }
    const drift = driftOf(planned, await directory.read(planned.identity))
    reporter.processed += 1
    if (drift === undefined) continue
    findings.push(buildDriftFinding({ skill, drift, planSha256: plan.sha256, observedTime }))
  }
  reporter.emitted = findings.length
  return findings
}

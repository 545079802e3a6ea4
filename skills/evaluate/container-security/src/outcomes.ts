/** How container checks turn targets into outcomes: one per target, pointing at the line that decides it. */
import type { ControlStatus } from '#shared/ocsf/index.ts'
import type { ControlOutcome } from '#shared/posture/index.ts'
import type { ContainerTarget, ContainerTargets, RuntimeFacts } from './target.ts'

export interface Judgement {
  readonly status: ControlStatus
  readonly detail: string
  /** The line that decides the outcome; the target's own line otherwise. */
  readonly line?: number
}

/** How details name a target: "app.Dockerfile", "service web", "container web", "image shop/web:1.4". */
export function describeTarget(target: ContainerTarget): string {
  if (target.form === 'Dockerfile') return target.resource.name ?? target.file
  if (target.form === 'compose service') return `service ${target.resource.name}`
  return `${target.form} ${target.resource.name}`
}

export function notApplicable(target: ContainerTarget, why: string): Judgement {
  return { status: 'not-applicable', detail: `${describeTarget(target)}: ${why}.` }
}

/** One outcome per target, or one Not Applicable outcome when no input held a target. */
export function judgeTargets(
  subject: ContainerTargets,
  judge: (target: ContainerTarget) => Judgement,
): ControlOutcome[] {
  if (subject.targets.length === 0) {
    return [
      {
        status: 'not-applicable',
        detail: 'The input holds no Dockerfile, Compose service, image or container.',
        resource: subject.scope,
      },
    ]
  }
  return subject.targets.map((target) => {
    const { line, ...judgement } = judge(target)
    return { ...judgement, resource: target.resource, logSource: target.file, line: line ?? target.line }
  })
}

/** Runtime checks judge how a container runs, which a Dockerfile or an image does not say. */
export function judgeRuntime(
  subject: ContainerTargets,
  judge: (runtime: RuntimeFacts, target: ContainerTarget) => Judgement,
): ControlOutcome[] {
  return judgeTargets(subject, (target) => {
    if (target.runtime !== undefined) return judge(target.runtime, target)
    const what = target.form === 'Dockerfile' ? 'a Dockerfile' : 'an image'
    return notApplicable(
      target,
      `${what} sets no runtime options; evaluate the container or Compose service that runs it`,
    )
  })
}

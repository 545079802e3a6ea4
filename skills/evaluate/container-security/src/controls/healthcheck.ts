/** 4.6: without a health check, a hung or hijacked process keeps its container "running" and nothing replaces it. */
import type { DockerControl } from '../benchmark.ts'
import { describeTarget, type Judgement, judgeTargets, notApplicable } from '../outcomes.ts'
import type { ContainerTarget } from '../target.ts'

function judge(target: ContainerTarget): Judgement {
  const healthcheck = target.healthcheck
  if (healthcheck === undefined) return notApplicable(target, 'the input does not show a health check')
  const name = describeTarget(target)
  const where = target.form === 'Dockerfile' ? 'HEALTHCHECK' : 'healthcheck'
  if (healthcheck.value === 'set')
    return { status: 'pass', detail: `${name} defines a ${where}.`, line: healthcheck.line }
  if (healthcheck.value === 'disabled')
    return { status: 'fail', detail: `${name} disables its ${where} (NONE).`, line: healthcheck.line }
  const scope = target.form === 'Dockerfile' ? ' in the final stage or a stage it builds on' : ''
  return { status: 'fail', detail: `${name} defines no ${where}${scope}.`, line: healthcheck.line }
}

export const healthcheck: DockerControl = {
  id: '4.6',
  title: 'Ensure that HEALTHCHECK instructions have been added to container images',
  severity: 'low',
  requirements: ['NIST CSF 2.0 PR.IR-03', 'SOC 2 A1.2'],
  remediation:
    'Add HEALTHCHECK CMD <a command that fails when the service is unhealthy> to the final stage of the Dockerfile, or a healthcheck: to the Compose service.',
  references: ['https://docs.docker.com/reference/dockerfile/#healthcheck'],
  sections: [],
  evaluate: (subject) => judgeTargets(subject, judge),
}

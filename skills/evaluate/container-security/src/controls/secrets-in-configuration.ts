/**
 * 4.10: a credential in ENV is in the image config for anyone who pulls it; a build argument's value stays
 * in the image history; a literal in a Compose file or `docker run -e` is in the file or `docker inspect`.
 * Only variable names are reported, never values.
 */
import { isSecretName, literalSecretOf } from '#shared/posture/index.ts'
import type { DockerControl } from '../benchmark.ts'
import { describeTarget, type Judgement, judgeTargets, notApplicable } from '../outcomes.ts'
import type { ContainerTarget, EnvironmentEntry } from '../target.ts'

function secretReason(entry: EnvironmentEntry): string | undefined {
  const literal = literalSecretOf(entry.name, entry.value)
  if (literal !== undefined) return literal
  // `ENV TOKEN=$TOKEN` copies a build argument into the image environment; `ARG TOKEN` keeps it in the history.
  if (entry.origin === 'ARG' && isSecretName(entry.name)) return 'build argument'
  if (entry.origin === 'ENV' && isSecretName(entry.name) && (entry.value ?? '') !== '')
    return 'baked into the image'
  return undefined
}

function judge(target: ContainerTarget): Judgement {
  if (target.environment === undefined)
    return notApplicable(target, 'the input does not show the environment')
  const name = describeTarget(target)
  const found = target.environment.flatMap((entry) => {
    const reason = secretReason(entry)
    if (reason === undefined) return []
    const where = entry.line === undefined || target.form !== 'Dockerfile' ? '' : ` at line ${entry.line}`
    return [{ entry, text: `${entry.origin} ${entry.name}${where} (${reason})` }]
  })
  const [first] = found
  if (first === undefined)
    return {
      status: 'pass',
      detail: `${name}: no environment variable or build argument holds a credential.`,
    }
  return {
    status: 'fail',
    detail: `${name} holds credentials in ${found.map((item) => item.text).join(', ')}.`,
    line: first.entry.line,
  }
}

export const secretsInConfiguration: DockerControl = {
  id: '4.10',
  title: 'Ensure secrets are not stored in Dockerfiles',
  severity: 'high',
  attacks: ['T1552.001', 'T1552.007'],
  requirements: ['NIST CSF 2.0 PR.AA-01', 'SOC 2 CC6.1'],
  remediation:
    'Remove the credential and rotate it; at build time use RUN --mount=type=secret (BuildKit secrets), at run time Docker or Compose secrets mounted as files, or the orchestrator secret store.',
  references: ['https://docs.docker.com/build/building/secrets/'],
  sections: [],
  evaluate: (subject) => judgeTargets(subject, judge),
}

/**
 * 4.1: a container without a USER runs as root, so an escape from it, or a writable host mount, is root
 * on the host (unless user namespaces remap it, which is off by default).
 */
import type { DockerControl } from '../benchmark.ts'
import { describeTarget, type Judgement, judgeTargets, notApplicable } from '../outcomes.ts'
import type { ContainerTarget } from '../target.ts'

/** `root`, uid 0, or either with a group: `0:0`, `root:wheel`. */
const ROOT_USER = /^(?:root|0)(?::.*)?$/

function unsetDetail(target: ContainerTarget): string {
  if (target.form === 'Dockerfile')
    return 'neither the final stage nor a stage it builds on sets USER: it runs as the base image user, root unless the base sets another'
  if (target.form === 'compose service')
    return 'sets no user: it runs as the image user, root unless the image sets another'
  return 'Config.User is empty: it runs as root'
}

function judge(target: ContainerTarget): Judgement {
  const user = target.user
  if (user === undefined) return notApplicable(target, 'the input does not say which user it runs as')
  const name = describeTarget(target)
  if (user.value === undefined || user.value.trim() === '')
    return { status: 'fail', detail: `${name}: ${unsetDetail(target)}.`, line: user.line }
  if (user.value.includes('$'))
    return {
      status: 'unknown',
      detail: `${name}: the user ${user.value} comes from a build variable whose value is not known here.`,
      line: user.line,
    }
  if (ROOT_USER.test(user.value.trim()))
    return { status: 'fail', detail: `${name} runs as root (user ${user.value}).`, line: user.line }
  return { status: 'pass', detail: `${name} runs as user ${user.value}.`, line: user.line }
}

export const containerUser: DockerControl = {
  id: '4.1',
  title: 'Ensure that a user for the container has been created',
  severity: 'medium',
  attacks: ['T1611', 'T1068'],
  requirements: ['NIST CSF 2.0 PR.AA-05', 'SOC 2 CC6.1'],
  remediation:
    'Create a user in the image (RUN useradd --uid 10001 app) and switch to it with USER 10001 at the end of the final stage; in Compose or docker run, set user: to a non-zero uid.',
  references: ['https://docs.docker.com/reference/dockerfile/#user'],
  sections: [],
  evaluate: (subject) => judgeTargets(subject, judge),
}

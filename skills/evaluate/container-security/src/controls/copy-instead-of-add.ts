/**
 * 4.9: ADD fetches remote URLs without checking them and unpacks local archives, so what lands in the
 * image is decided by a server or an archive at build time; COPY copies exactly the named files.
 */
import type { DockerControl } from '../benchmark.ts'
import { describeTarget, type Judgement, judgeTargets, notApplicable } from '../outcomes.ts'
import type { ContainerTarget } from '../target.ts'

function judge(target: ContainerTarget): Judgement {
  if (target.build === undefined) return notApplicable(target, 'only a Dockerfile has ADD instructions')
  const name = describeTarget(target)
  const [first] = target.build.adds
  if (first === undefined) return { status: 'pass', detail: `${name} uses COPY, never ADD.` }
  const list = target.build.adds.map((add) => `line ${add.line} (${add.value})`).join(', ')
  return { status: 'fail', detail: `${name} uses ADD at ${list}.`, line: first.line }
}

export const copyInsteadOfAdd: DockerControl = {
  id: '4.9',
  title: 'Ensure that COPY is used instead of ADD in Dockerfiles',
  severity: 'low',
  attacks: ['T1195.002'],
  requirements: ['NIST CSF 2.0 PR.PS-01', 'SOC 2 CC7.1'],
  remediation:
    'Replace ADD with COPY; fetch remote files with RUN curl and a checksum check (or ADD --checksum=sha256:...), and unpack archives explicitly.',
  references: ['https://docs.docker.com/reference/dockerfile/#add'],
  sections: [],
  evaluate: (subject) => judgeTargets(subject, judge),
}

/**
 * 4.2: an image referenced as `latest`, or with no tag at all, is whatever was pushed last: the build or
 * the container changes under you, and whoever can push to that repository decides what runs.
 */
import { parseImageReference, pinningOf } from '#shared/posture/index.ts'
import type { DockerControl } from '../benchmark.ts'
import { describeTarget, type Judgement, judgeTargets, notApplicable } from '../outcomes.ts'
import type { ContainerTarget } from '../target.ts'

/** `FROM scratch` starts from an empty filesystem: there is no image to trust. */
const SCRATCH = 'scratch'

function judge(target: ContainerTarget): Judgement {
  const image = target.image
  if (image === undefined) return notApplicable(target, target.imageNote ?? 'the input names no image')
  const name = describeTarget(target)
  const verb = target.form === 'Dockerfile' ? 'builds on' : 'runs'
  if (image.value === SCRATCH)
    return { status: 'pass', detail: `${name} builds FROM scratch.`, line: image.line }
  const reference = parseImageReference(image.value)
  if (reference === undefined) {
    return image.value.includes('$')
      ? {
          status: 'unknown',
          detail: `${name}: the image ${image.value} is chosen by a variable whose value is not known here.`,
          line: image.line,
        }
      : {
          status: 'fail',
          detail: `${name}: ${image.value} is not a valid image reference.`,
          line: image.line,
        }
  }
  switch (pinningOf(reference)) {
    case 'digest':
      return { status: 'pass', detail: `${name} ${verb} ${image.value}, pinned by digest.`, line: image.line }
    case 'tag':
      return { status: 'pass', detail: `${name} ${verb} ${image.value}, a named tag.`, line: image.line }
    case 'latest':
      return {
        status: 'fail',
        detail: `${name} ${verb} ${image.value}: latest moves with every push.`,
        line: image.line,
      }
    default:
      return {
        status: 'fail',
        detail: `${name} ${verb} ${image.value} with no tag, so latest.`,
        line: image.line,
      }
  }
}

export const trustedBaseImage: DockerControl = {
  id: '4.2',
  title: 'Ensure that containers use only trusted base images',
  severity: 'medium',
  attacks: ['T1525', 'T1204.003'],
  requirements: ['NIST CSF 2.0 PR.PS-01', 'SOC 2 CC8.1'],
  remediation:
    'Reference images by digest (FROM node:20.11-alpine@sha256:...) or at least a release tag, from a registry you trust; update the pin deliberately (Renovate, Dependabot) and enable Docker Content Trust.',
  references: ['https://docs.docker.com/build/building/best-practices/#pin-base-image-versions'],
  sections: [],
  evaluate: (subject) => judgeTargets(subject, judge),
}

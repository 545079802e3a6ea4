/**
 * 4.3: every package in the image is attack surface and patch work; a full distribution brings a shell,
 * a package manager and hundreds of packages the application never uses.
 */
import { type ImageReference, parseImageReference } from '#shared/posture/index.ts'
import type { DockerControl } from '../benchmark.ts'
import { describeTarget, type Judgement, judgeTargets, notApplicable } from '../outcomes.ts'
import type { ContainerTarget } from '../target.ts'

/** Tags that name a reduced variant of an official image: node:20-alpine, python:3.12-slim, debian:bookworm-slim. */
const MINIMAL_TAG = /(?:^|[-_.])(?:alpine|slim|distroless|minimal|micro|static|busybox)(?:$|[-_.\d])/i

/** Images that are minimal by design. */
const MINIMAL_REPOSITORIES = new Set([
  'alpine',
  'busybox',
  'ubi-minimal',
  'ubi-micro',
  'ubi8-minimal',
  'ubi9-minimal',
  'ubi8-micro',
  'ubi9-micro',
])

/** Registries and paths that publish only minimal images: Google distroless, Chainguard. */
function isMinimalFamily(reference: ImageReference): boolean {
  return reference.repository.includes('distroless') || reference.registry === 'cgr.dev'
}

/** Full distributions, and language images built on them (node, python... default to Debian with build tools). */
const FULL_REPOSITORIES = new Set([
  'ubuntu',
  'debian',
  'centos',
  'fedora',
  'amazonlinux',
  'rockylinux',
  'almalinux',
  'oraclelinux',
  'archlinux',
  'opensuse/leap',
  'buildpack-deps',
  'node',
  'python',
  'ruby',
  'golang',
  'openjdk',
  'eclipse-temurin',
  'php',
  'perl',
  'rust',
  'maven',
  'gradle',
])

function officialName(reference: ImageReference): string {
  return reference.repository.replace(/^library\//, '')
}

function judge(target: ContainerTarget): Judgement {
  if (target.build === undefined || target.image === undefined)
    return notApplicable(target, 'only a Dockerfile names the base image an image is built on')
  const name = describeTarget(target)
  const { value, line } = target.image
  if (value === 'scratch') return { status: 'pass', detail: `${name} builds FROM scratch.`, line }
  const reference = parseImageReference(value)
  if (reference === undefined)
    return {
      status: 'unknown',
      detail: `${name}: the base image ${value} cannot be read as a reference.`,
      line,
    }
  const repository = officialName(reference)
  if (
    MINIMAL_REPOSITORIES.has(repository) ||
    isMinimalFamily(reference) ||
    MINIMAL_TAG.test(reference.tag ?? '')
  )
    return { status: 'pass', detail: `${name} builds on ${value}, a minimal image.`, line }
  if (reference.registry === undefined && FULL_REPOSITORIES.has(repository))
    return { status: 'fail', detail: `${name} builds on ${value}, a full distribution image.`, line }
  return {
    status: 'unknown',
    detail: `${name}: whether ${value} is a minimal image cannot be told from its name.`,
    line,
  }
}

export const minimalBaseImage: DockerControl = {
  id: '4.3',
  title: 'Ensure that unnecessary packages are not installed in the container',
  severity: 'low',
  requirements: ['NIST CSF 2.0 PR.PS-01', 'SOC 2 CC7.1'],
  remediation:
    'Build the final stage on a minimal image (distroless, Chainguard, alpine, a -slim variant or scratch) and keep compilers and package managers in earlier build stages.',
  references: ['https://docs.docker.com/build/building/best-practices/#choose-the-right-base-image'],
  sections: [],
  evaluate: (subject) => judgeTargets(subject, judge),
}

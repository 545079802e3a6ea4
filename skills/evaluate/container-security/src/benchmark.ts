/** The benchmark this skill evaluates, and its control type. */
import type { Benchmark } from '#shared/ocsf/index.ts'
import type { PostureControl } from '#shared/posture/index.ts'
import type { ContainerTargets } from './target.ts'

/** CIS Docker Benchmark v1.6.0; sections 4 (images and build files) and 5 (container runtime), numbered as published. */
export const CIS_DOCKER: Benchmark = { name: 'CIS Docker Benchmark', version: 'v1.6.0' }

export type DockerControl = PostureControl<ContainerTargets>

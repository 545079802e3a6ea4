/** The baseline this skill evaluates, its control type, and the collection sections the controls read. */
import type { Benchmark } from '#shared/ocsf/index.ts'
import type { PostureControl } from '#shared/posture/index.ts'
import type { ServingInventory } from './endpoint.ts'

/**
 * No public benchmark numbers controls for model serving, so this is the toolkit's own baseline; each control
 * cites the public guidance it derives from (REFERENCES.md).
 */
export const MODEL_SERVING_BASELINE: Benchmark = {
  name: 'ocsf-skills AI Model Serving Baseline',
  version: 'v1.0',
}

export type ServingControl = PostureControl<ServingInventory>

/** What runs the model: every check of a live cluster reads the workloads and InferenceServices. */
export const WORKLOAD_SECTIONS = [
  'pods',
  'deployments',
  'statefulsets',
  'replicasets',
  'inferenceservices',
  'servingruntimes',
  'clusterservingruntimes',
] as const

/** What exposes it: checks of who can reach an endpoint, and how, read these too. */
export const EXPOSURE_SECTIONS = [...WORKLOAD_SECTIONS, 'services', 'ingresses', 'networkpolicies'] as const

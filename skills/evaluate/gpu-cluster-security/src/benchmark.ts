/** The baseline this skill evaluates, its control type, and the collection sections the controls read. */
import type { Benchmark } from '#shared/ocsf/index.ts'
import type { PostureControl } from '#shared/posture/index.ts'
import type { GpuInventory } from './inventory.ts'

/**
 * No public benchmark numbers controls for GPU clusters, so this is the toolkit's own baseline; controls
 * that follow a CIS Kubernetes Benchmark recommendation say which (REFERENCES.md).
 */
export const GPU_CLUSTER_BASELINE: Benchmark = { name: 'ocsf-skills GPU Cluster Baseline', version: 'v1.0' }

export type GpuControl = PostureControl<GpuInventory>

/** Every workload kind is a section of its own, so a forbidden list is named exactly. */
export const WORKLOAD_SECTIONS = [
  'pods',
  'deployments',
  'daemonsets',
  'statefulsets',
  'replicasets',
  'jobs',
  'cronjobs',
] as const

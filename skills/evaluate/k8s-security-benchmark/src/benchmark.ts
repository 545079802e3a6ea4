/** The benchmark this skill evaluates, its control type, and the sections a live collection lists. */
import type { Benchmark } from '#shared/ocsf/index.ts'
import type { PostureControl } from '#shared/posture/index.ts'
import type { Inventory } from './inventory.ts'

/** CIS Kubernetes Benchmark v1.9.0, for Kubernetes 1.27; its controls are numbered as published. */
export const CIS_KUBERNETES: Benchmark = { name: 'CIS Kubernetes Benchmark', version: 'v1.9.0' }

export type K8sControl = PostureControl<Inventory>

/** Every workload kind is a section of its own, so a forbidden list is named exactly. */
export const WORKLOAD_SECTIONS = [
  'pods',
  'deployments',
  'daemonsets',
  'statefulsets',
  'replicasets',
  'replicationcontrollers',
  'jobs',
  'cronjobs',
] as const

export const RBAC_BINDING_SECTIONS = ['rolebindings', 'clusterrolebindings'] as const

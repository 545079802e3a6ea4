/** The skill's name, the benchmark it evaluates, and the kind its snapshots carry. */
import type { Benchmark } from '#shared/ocsf/index.ts'

export const SKILL_NAME = 'cspm-azure-cis-benchmark'

export const BENCHMARK: Benchmark = {
  name: 'CIS Microsoft Azure Foundations Benchmark',
  version: 'v2.1.0',
}

/** Snapshots written by this skill's collector say so, and only those are read. */
export const SNAPSHOT_KIND = SKILL_NAME

/**
 * What the benchmark measures, found the way the build finds skills: every ingester (with the generator
 * of its source), every detector and every converter, by folder and layer. Only the pipes are named:
 * one ingest | detect | convert chain per source worth timing end to end.
 */
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { findSkills, ROOT } from '../skills.ts'
import { generatorFor } from './generators/index.ts'
import type { SourceGenerator } from './generators/source-generator.ts'

export const DIST = join(ROOT, 'dist')

export function bundleOf(skill: string): string {
  return join(DIST, `${skill}.mjs`)
}

export interface Stages {
  readonly ingesters: ReadonlyArray<{ readonly name: string; readonly generator: SourceGenerator }>
  /** Ingesters with no generator: reported, not measured. */
  readonly ungenerated: readonly string[]
  readonly detectors: readonly string[]
  readonly converters: readonly string[]
  /** Every built script, for cold starts. */
  readonly scripts: readonly string[]
  /** Skill folders with no built script (run `npm run build`). */
  readonly unbuilt: readonly string[]
}

export function findStages(): Stages {
  const skills = findSkills()
  const built = skills.filter((skill) => existsSync(bundleOf(skill.name)))
  const ingesters: Array<{ name: string; generator: SourceGenerator }> = []
  const ungenerated: string[] = []
  for (const skill of built.filter((candidate) => candidate.layer === 'ingest')) {
    const generator = generatorFor(skill.name)
    if (generator === undefined) ungenerated.push(skill.name)
    else ingesters.push({ name: skill.name, generator })
  }
  return {
    ingesters,
    ungenerated,
    detectors: built.filter((skill) => skill.layer === 'detect').map((skill) => skill.name),
    converters: built.filter((skill) => skill.layer === 'view').map((skill) => skill.name),
    scripts: built.map((skill) => skill.name),
    unbuilt: skills.filter((skill) => !existsSync(bundleOf(skill.name))).map((skill) => skill.name),
  }
}

export interface PipeSpec {
  readonly ingester: string
  readonly detector: string
  readonly converter: string
}

/** The quick-start pipes of the README: the sources users run over days of logs. */
export const PIPES: readonly PipeSpec[] = [
  {
    ingester: 'ingest-k8s-audit-ocsf',
    detector: 'detect-privilege-escalation-k8s',
    converter: 'convert-ocsf-to-sarif',
  },
  {
    ingester: 'ingest-cloudtrail-ocsf',
    detector: 'detect-aws-iam-persistence',
    converter: 'convert-ocsf-to-sarif',
  },
  {
    ingester: 'ingest-mcp-proxy-ocsf',
    detector: 'detect-mcp-tool-drift',
    converter: 'convert-ocsf-to-mermaid-attack-flow',
  },
]

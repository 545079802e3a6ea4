/**
 * Record skills in-process, found without a list. Each record skill's main.ts hands its definition to
 * runRecordSkill; a test file that mocks runRecordSkill with `captureRecordSkill` (vi.mock is hoisted only
 * in the test file itself) and calls `loadRecordSkills` gets every definition, and `createProcessor` builds
 * a processor from a command line exactly as the built script does: same options, defaults and wiring.
 */
import { statSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { type CommonOptions, parseRecordSkillArguments, type RecordSkill } from '#shared/cli/harness.ts'
import { type RecordProcessor, Reporter } from '#shared/io/index.ts'
import type { SkillFolder } from '../../scripts/skills.ts'
import { goldenScenarios } from './golden.ts'
import { ROOT } from './paths.ts'

export type AnyRecordSkill = RecordSkill<CommonOptions>

/** The layers whose skills read records through the shared harness (ARCHITECTURE.md). */
export const RECORD_LAYERS: ReadonlySet<string> = new Set(['ingest', 'detect', 'view'])

const captured = new Map<string, AnyRecordSkill>()

/** Stands in for runRecordSkill: keeps the definition instead of running it. */
export async function captureRecordSkill(skill: AnyRecordSkill): Promise<void> {
  captured.set(skill.name, skill)
}

export interface LoadedRecordSkills {
  /** By skill name; a skill whose main.ts does not call runRecordSkill is missing. */
  readonly definitions: ReadonlyMap<string, AnyRecordSkill>
  /** By skill name: main.ts failed to load, so one broken skill does not hide the others. */
  readonly loadErrors: ReadonlyMap<string, string>
}

/** Imports each skill's main.ts, which hands its definition to the captured runRecordSkill. */
export async function loadRecordSkills(skills: readonly SkillFolder[]): Promise<LoadedRecordSkills> {
  const loadErrors = new Map<string, string>()
  for (const skill of skills) {
    try {
      await import(pathToFileURL(join(ROOT, skill.entry)).href)
    } catch (error) {
      loadErrors.set(skill.name, (error as Error).message)
    }
  }
  return { definitions: captured, loadErrors }
}

/** A fresh processor, configured by the command-line arguments (options only; input paths are ignored). */
export async function createProcessor(
  skill: AnyRecordSkill,
  args: readonly string[],
): Promise<RecordProcessor> {
  const { options } = await parseRecordSkillArguments(skill, ['node', skill.name, ...args])
  const reporter = new Reporter({ skill: skill.name, quiet: true, writeStderr: () => {} })
  return skill.create(options, reporter)
}

export interface GoldenInput {
  readonly scenario: string
  /** The step's arguments without its input files: the options the golden run used. */
  readonly options: readonly string[]
  readonly files: readonly string[]
}

/** The golden steps of a skill: the options each ran with and the input files it read (absolute paths). */
export function goldenInputsOf(skillName: string): GoldenInput[] {
  const inputs: GoldenInput[] = []
  for (const scenario of goldenScenarios()) {
    for (const step of scenario.steps) {
      if (step.skill !== skillName) continue
      const files: string[] = []
      const options: string[] = []
      for (const arg of step.args) {
        const path = join(scenario.dir, arg)
        if (!arg.startsWith('-') && isFile(path)) files.push(path)
        else options.push(arg)
      }
      inputs.push({ scenario: scenario.name, options, files })
    }
  }
  return inputs
}

function isFile(path: string): boolean {
  return statSync(path, { throwIfNoEntry: false })?.isFile() === true
}

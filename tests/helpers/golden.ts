/** Golden scenarios: golden/<scenario>/pipe.json lists the steps of a pipe and the frozen output of each. */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { GOLDEN } from './paths.ts'

export interface GoldenStep {
  readonly skill: string
  /** Arguments as typed, relative to the scenario folder; the first input file is the previous step's output. */
  readonly args: readonly string[]
  /** The frozen output file of this step. */
  readonly expect: string
}

export interface GoldenScenario {
  readonly name: string
  readonly dir: string
  readonly description: string
  readonly steps: readonly GoldenStep[]
}

/** Every golden/<scenario>/ with a pipe.json; a folder without one fails `npm run validate-skills`. */
export function goldenScenarios(): GoldenScenario[] {
  return readdirSync(GOLDEN, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(GOLDEN, entry.name, 'pipe.json')))
    .map((entry) => {
      const dir = join(GOLDEN, entry.name)
      const pipe = JSON.parse(readFileSync(join(dir, 'pipe.json'), 'utf8')) as Omit<
        GoldenScenario,
        'name' | 'dir'
      >
      return { name: entry.name, dir, ...pipe }
    })
    .sort((a, b) => a.name.localeCompare(b.name))
}

/** How to compare a step's output: JSON documents and JSONL by value, anything else as text. */
export function parseOutput(file: string, text: string): unknown {
  if (file.endsWith('.jsonl')) {
    return text
      .split('\n')
      .filter((line) => line.length > 0)
      .map((line) => JSON.parse(line) as unknown)
  }
  if (file.endsWith('.sarif') || file.endsWith('.json')) return JSON.parse(text) as unknown
  return text
}

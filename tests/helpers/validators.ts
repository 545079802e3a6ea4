/** The independent validators in ../shared/tools, and the project's own zod models, as test assertions. */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ocsfProblems } from '#shared/ocsf/models.ts'
import { SHARED } from './paths.ts'

export interface ValidatorReport {
  readonly status: number | null
  readonly summary: string
  readonly output: string
}

function runValidator(
  tool: 'ocsf-validate.py' | 'sarif-check.py',
  text: string,
  args: readonly string[],
): ValidatorReport {
  const dir = mkdtempSync(join(tmpdir(), 'validate-'))
  const file = join(dir, tool === 'sarif-check.py' ? 'log.sarif' : 'events.jsonl')
  writeFileSync(file, text)
  const result = spawnSync('python3', [join(SHARED, 'tools', tool), ...args, file], { encoding: 'utf8' })
  const output = `${result.stdout}${result.stderr}`
  const summary = result.stdout.trim().split('\n').pop() ?? ''
  return { status: result.status, summary, output }
}

/** ocsf-validate.py over JSONL text; warnings count as failures so the toolkit stays warning-free. */
export function ocsfValidate(jsonl: string): ValidatorReport {
  return runValidator('ocsf-validate.py', jsonl, ['--warnings-as-errors', '--max-errors', '20'])
}

export function sarifCheck(sarif: string): ValidatorReport {
  return runValidator('sarif-check.py', sarif, ['--warnings-as-errors', '--max-errors', '20'])
}

/** Every problem the zod models find, prefixed with the event's position. */
export function zodProblems(events: readonly unknown[]): string[] {
  return events.flatMap((event, index) =>
    ocsfProblems(event).map((problem) => `event ${index + 1}: ${problem}`),
  )
}

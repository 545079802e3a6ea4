/**
 * Every golden scenario, step by step through the built scripts: each step reads the frozen input of the
 * step before and must reproduce its own frozen output exactly, and everything it emits passes the
 * independent OCSF and SARIF validators. A behaviour change adds a scenario; it never edits one.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { goldenScenarios, parseOutput } from './helpers/golden.ts'
import { HAS_SHARED } from './helpers/paths.ts'
import { parseJsonl, runSkill, summaryOf } from './helpers/run-skill.ts'
import { ocsfValidate, sarifCheck, zodProblems } from './helpers/validators.ts'

describe.each(goldenScenarios())('golden $name', (scenario) => {
  it.each(scenario.steps)('$skill reproduces $expect', (step) => {
    const run = runSkill(step.skill, step.args, { cwd: scenario.dir })
    expect(run.stderr).not.toMatch(/skipped: /)
    expect(run.status).toBe(0)
    const expected = readFileSync(join(scenario.dir, step.expect), 'utf8')
    expect(parseOutput(step.expect, run.stdout)).toEqual(parseOutput(step.expect, expected))
    const summary = summaryOf(run.stderr)
    expect(summary.read).toBe(summary.processed + summary.dropped + summary.skipped)
    if (step.expect.endsWith('.jsonl')) expect(zodProblems(parseJsonl(run.stdout))).toEqual([])
  })

  it.runIf(HAS_SHARED).each(scenario.steps)('$expect passes the independent validator', (step) => {
    const text = readFileSync(join(scenario.dir, step.expect), 'utf8')
    if (step.expect.endsWith('.jsonl')) {
      const report = ocsfValidate(text)
      expect(report.output).toMatch(/ 0 invalid, 0 warnings/)
      expect(report.status).toBe(0)
    } else if (step.expect.endsWith('.sarif')) {
      const report = sarifCheck(text)
      expect(report.output).toMatch(/ 0 errors, 0 warnings/)
      expect(report.status).toBe(0)
    }
  })
})

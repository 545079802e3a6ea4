/**
 * The harness contract every built skill keeps (ARCHITECTURE.md): the same --help and --version, a usage
 * error for unknown options, and, for skills that read records, one clear line and status 3 for an input
 * that cannot be read, and warnings that name the file and line of a bad record.
 */
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import packageJson from '../package.json' with { type: 'json' }
import { findSkills } from '../scripts/skills.ts'
import { runSkill, summaryOf } from './helpers/run-skill.ts'

const SKILLS = findSkills()
const RECORD_LAYERS = new Set(['ingest', 'detect', 'view'])
const RECORD_SKILLS = SKILLS.filter((skill) => RECORD_LAYERS.has(skill.layer))
const dir = mkdtempSync(join(tmpdir(), 'contract-'))

describe.each(SKILLS)('$name', (skill) => {
  it('prints help and exits 0', () => {
    const run = runSkill(skill.name, ['--help'])
    expect(run.status).toBe(0)
    expect(run.stdout).toContain(`Usage: ${skill.name}`)
  })

  it('prints its version and exits 0', () => {
    const run = runSkill(skill.name, ['--version'])
    expect(run.status).toBe(0)
    expect(run.stdout.trim()).toBe(packageJson.version)
  })

  it('refuses an unknown option with status 2', () => {
    const run = runSkill(skill.name, ['--no-such-option'])
    expect(run.status).toBe(2)
    expect(run.stderr).toMatch(/unknown option/)
  })
})

describe.each(RECORD_SKILLS)('$name reading records', (skill) => {
  it('says in one line that a missing file is missing, with status 3', () => {
    const run = runSkill(skill.name, [join(dir, 'missing.jsonl')])
    expect(run.status).toBe(3)
    expect(run.stderr.trim().split('\n')).toHaveLength(1)
    expect(run.stderr).toContain(`${skill.name}: `)
    expect(run.stderr).toContain('no such file')
    expect(run.stdout).toBe('')
  })

  it('refuses a directory with status 3', () => {
    const run = runSkill(skill.name, [dir])
    expect(run.status).toBe(3)
    expect(run.stderr).toContain('is a directory')
  })

  it('skips a malformed line with a warning naming it, and accounts for every record', () => {
    const file = join(dir, `${skill.name}.jsonl`)
    writeFileSync(file, '{"valid": "json but not a record of this skill"}\n{"broken": \n\n')
    const run = runSkill(skill.name, [file])
    expect(run.status).toBe(0)
    expect(run.stderr).toContain(`${file}:2: skipped: malformed JSON`)
    const summary = summaryOf(run.stderr)
    expect(summary.read).toBe(2)
    expect(summary.read).toBe(summary.processed + summary.dropped + summary.skipped)
  })

  it('reads nothing from empty input and succeeds', () => {
    const run = runSkill(skill.name, [], { input: '' })
    expect(run.status).toBe(0)
    expect(summaryOf(run.stderr).read).toBe(0)
  })
})

/**
 * No telemetry, proven: every skill runs in file mode through its built script with a preload
 * (tests/helpers/no-network-preload.mjs) that makes every socket connect, listen, DNS lookup, fetch and
 * child process throw and records the attempt, and each run must record none. The runs are every golden
 * step (its output must still match the frozen one, so the skill did its work), every record skill without
 * a golden step over the golden OCSF outputs, and the remediation apply skill's dry run. A skill with no
 * file-mode run at all fails here by name. Two controls show the preload catches what it claims to: plain
 * Node.js clients, and a skill's real cloud SDK in live mode. `.ci/run` repeats the golden pipes inside a
 * network namespace with no interface up, a second proof that does not depend on patching Node.js.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'
import { findSkills } from '../scripts/skills.ts'
import { goldenScenarios, parseOutput } from './helpers/golden.ts'
import { GOLDEN, ROOT } from './helpers/paths.ts'
import { RECORD_LAYERS } from './helpers/record-skills.ts'
import { runSkill } from './helpers/run-skill.ts'

const PRELOAD = join(ROOT, 'tests', 'helpers', 'no-network-preload.mjs')
const workDir = mkdtempSync(join(tmpdir(), 'no-network-'))

/** A clean environment: no cloud credentials or proxies to find, the preload, and where it records attempts. */
function offlineEnv(attemptLog: string, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    HOME: workDir,
    LANG: 'C.UTF-8',
    NODE_OPTIONS: `--import=${pathToFileURL(PRELOAD).href}`,
    NO_NETWORK_LOG: attemptLog,
    ...extra,
  }
}

function attemptsIn(log: string): string[] {
  return existsSync(log) ? readFileSync(log, 'utf8').trim().split('\n') : []
}

interface FileModeRun {
  readonly skill: string
  readonly label: string
  readonly scenario: string
  readonly args: readonly string[]
  /** The frozen output to reproduce, when there is one. */
  readonly expect?: string
}

/** Runs of skills that no golden step covers, from files only. */
const EXTRA_RUNS: readonly FileModeRun[] = [
  {
    skill: 'remediate-iam-departures-apply',
    label: 'dry run of the golden plan',
    scenario: 'iam-departures',
    args: ['expected.plan.json'],
  },
]

/** Every golden OCSF output in one file: real records for record skills that have no golden step yet. */
function goldenOcsfFile(): string {
  const file = join(workDir, 'golden-outputs.ocsf.jsonl')
  const texts: string[] = []
  for (const scenario of readdirSync(GOLDEN)) {
    const dir = join(GOLDEN, scenario)
    if (!existsSync(join(dir, 'pipe.json'))) continue
    for (const name of readdirSync(dir)) {
      if (name.startsWith('expected.') && name.endsWith('.jsonl'))
        texts.push(readFileSync(join(dir, name), 'utf8'))
    }
  }
  writeFileSync(file, texts.join(''))
  return file
}

function fileModeRuns(): FileModeRun[] {
  const runs: FileModeRun[] = []
  for (const scenario of goldenScenarios()) {
    for (const step of scenario.steps) {
      runs.push({
        skill: step.skill,
        label: `golden ${scenario.name}`,
        scenario: scenario.name,
        args: step.args,
        expect: step.expect,
      })
    }
  }
  runs.push(...EXTRA_RUNS)
  const covered = new Set(runs.map((run) => run.skill))
  const outputs = goldenOcsfFile()
  for (const skill of findSkills()) {
    if (covered.has(skill.name) || !RECORD_LAYERS.has(skill.layer)) continue
    runs.push({ skill: skill.name, label: 'over every golden OCSF output', scenario: '', args: [outputs] })
  }
  return runs
}

const RUNS = fileModeRuns()

describe('no skill makes a network connection in file mode', () => {
  it('has a file-mode run for every skill', () => {
    const covered = new Set(RUNS.map((run) => run.skill))
    const missing = findSkills()
      .map((skill) => skill.name)
      .filter((name) => !covered.has(name))
    expect(missing, 'skills with no golden step: add a golden scenario').toEqual([])
  })

  it.each(RUNS)('$skill, $label: no connection attempted', (run) => {
    // A copy of the scenario, so nothing a skill might write lands in golden/.
    const cwd = mkdtempSync(join(workDir, 'run-'))
    if (run.scenario !== '') cpSync(join(GOLDEN, run.scenario), cwd, { recursive: true })
    const log = join(cwd, 'network-attempts.log')
    const result = runSkill(run.skill, run.args, { cwd, env: offlineEnv(log) })
    expect(attemptsIn(log)).toEqual([])
    expect(result.status, result.stderr).toBe(0)
    if (run.expect !== undefined) {
      const expected = readFileSync(join(cwd, run.expect), 'utf8')
      expect(parseOutput(run.expect, result.stdout)).toEqual(parseOutput(run.expect, expected))
    }
    rmSync(cwd, { recursive: true, force: true })
  })
})

describe('the no-network preload', () => {
  it('refuses and records every way Node.js connects, listens, resolves or starts a process', () => {
    const log = join(workDir, 'control.log')
    const attempts = [
      "fetch('https://telemetry.example.com/')",
      "(await import('node:https')).get('https://telemetry.example.com/')",
      "(await import('node:http')).request({ host: 'telemetry.example.com', port: 80 })",
      "(await import('node:net')).connect(443, 'telemetry.example.com')",
      "new (await import('node:net')).Socket().connect(443, '192.0.2.1')",
      "(await import('node:tls')).connect(443, 'telemetry.example.com')",
      "(await import('node:http2')).connect('https://telemetry.example.com')",
      "await (await import('node:dns')).promises.lookup('telemetry.example.com')",
      "(await import('node:dns')).resolve4('telemetry.example.com', () => {})",
      "(await import('node:dgram')).createSocket('udp4').send('x', 53, '192.0.2.1')",
      "(await import('node:net')).createServer().listen(0)",
      "(await import('node:child_process')).spawnSync('curl', ['https://telemetry.example.com/'])",
    ]
    const script = attempts.map((attempt) => `try { ${attempt} } catch {}`).join('\n')
    const file = join(workDir, 'control.mjs')
    writeFileSync(file, script)
    const result = runSkill('control', [], { script: file, env: offlineEnv(log) })
    expect(result.status).toBe(0)
    expect(attemptsIn(log)).toHaveLength(attempts.length)
  })

  it('catches a skill whose cloud SDK calls out (ingest-cloudtrail-ocsf --from-api, fake credentials)', () => {
    const log = join(workDir, 'sdk-control.log')
    const env = offlineEnv(log, {
      AWS_ACCESS_KEY_ID: 'AKIAIOSFODNN7EXAMPLE',
      AWS_SECRET_ACCESS_KEY: 'not-a-secret',
      AWS_REGION: 'us-east-1',
    })
    const result = runSkill('ingest-cloudtrail-ocsf', ['--from-api', '--since', '1h'], { env })
    expect(result.status).toBe(4)
    expect(attemptsIn(log)).toEqual([expect.stringContaining('cloudtrail.us-east-1.amazonaws.com')])
  })
})

/**
 * The quick-start pipe as users run it: the three built scripts copied alone into an empty folder (no
 * node_modules anywhere above it), joined by a real shell pipe, must reproduce the golden SARIF.
 */
import { spawnSync } from 'node:child_process'
import { copyFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { DIST, GOLDEN } from './helpers/paths.ts'

const SCENARIO = join(GOLDEN, 'k8s-privilege-escalation')

describe('the Kubernetes pipe from a bare copy of dist/', () => {
  let dir: string

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'pipe-'))
    cpSync(DIST, join(dir, 'dist'), { recursive: true })
    copyFileSync(join(SCENARIO, 'audit.jsonl'), join(dir, 'audit.jsonl'))
  })

  function shell(script: string) {
    return spawnSync('bash', ['--noprofile', '--norc', '-c', script], {
      cwd: dir,
      encoding: 'utf8',
      env: { PATH: `${join(process.execPath, '..')}:/usr/bin:/bin`, HOME: dir },
    })
  }

  it('has no node_modules to lean on', () => {
    expect(readdirSync(dir)).not.toContain('node_modules')
    expect(spawnSync('node', ['-e', "require.resolve('zod')"], { cwd: dir }).status).not.toBe(0)
  })

  it('reproduces the golden SARIF through a shell pipe', () => {
    const run = shell(
      'node dist/ingest-k8s-audit-ocsf.mjs audit.jsonl | node dist/detect-privilege-escalation-k8s.mjs | node dist/convert-ocsf-to-sarif.mjs',
    )
    expect(run.status).toBe(0)
    const expected = JSON.parse(readFileSync(join(SCENARIO, 'expected.sarif'), 'utf8')) as unknown
    expect(JSON.parse(run.stdout) as unknown).toEqual(expected)
    expect(run.stderr).toMatch(/ingest-k8s-audit-ocsf: read 16, processed 14, dropped 2/)
    expect(run.stderr).toMatch(
      /detect-privilege-escalation-k8s: read 14, processed 14, dropped 0, skipped 0, emitted 6/,
    )
  })

  it('ends quietly with status 0 when the reader closes early', () => {
    // Enough distinct requests that the writer is still busy when head goes away.
    const lines = readFileSync(join(dir, 'audit.jsonl'), 'utf8').trim().split('\n')
    const many: string[] = []
    for (let copy = 0; copy < 3000; copy += 1) {
      for (const line of lines) many.push(line.replace(/"auditID":"([^"]+)"/, `"auditID":"$1-${copy}"`))
    }
    writeFileSync(join(dir, 'many.jsonl'), `${many.join('\n')}\n`)
    // $PIPESTATUS is the first element: the ingester's own status, not head's.
    const run = shell('node dist/ingest-k8s-audit-ocsf.mjs -q many.jsonl | head -n 1; exit $PIPESTATUS')
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    expect(run.stdout.trim().split('\n')).toHaveLength(1)
  })
})

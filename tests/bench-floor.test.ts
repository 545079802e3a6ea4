/**
 * The benchmark's floor and bound scripts: what they count and measure is what the ratios are
 * computed from, so they are checked here on frozen inputs (their speed is the benchmark's business).
 */
import { spawnSync } from 'node:child_process'
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const ROOT = join(import.meta.dirname, '..')
const BENCH = join(ROOT, 'scripts', 'bench')
const GOLDEN = join(ROOT, 'golden')

function run(
  script: string,
  args: readonly string[],
): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [join(BENCH, script), ...args], { encoding: 'utf8' })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

function floorRecords(args: readonly string[]): number {
  const { stderr } = run('floor.mjs', args)
  return Number(/floor: (\d+) records/.exec(stderr)?.[1] ?? Number.NaN)
}

const gzipTrail = join(GOLDEN, 'cloudtrail-s3-log-gzip')
const gzipFile = join(gzipTrail, readdirSync(gzipTrail).find((name) => name.endsWith('.json.gz')) ?? '')

describe('the floor', () => {
  it('counts the records of a gzipped Records document, not its lines', () => {
    expect(floorRecords([gzipFile])).toBe(12)
  })

  it('counts one record a line, passing over empty lines', () => {
    expect(floorRecords([join(GOLDEN, 'k8s-privilege-escalation', 'audit.jsonl')])).toBe(16)
  })

  it('splits text lines into fields with --text', () => {
    expect(floorRecords(['--text', join(GOLDEN, 'vpc-flow-east-west', 's3-default.log')])).toBe(4)
  })
})

describe('the bound', () => {
  it('times the floor and the unavoidable part of an ingester on the same input', () => {
    const { status, stdout } = run('bound.mjs', [
      '--output',
      join(gzipTrail, 'expected.ocsf.jsonl'),
      gzipFile,
    ])
    expect(status).toBe(0)
    const times = JSON.parse(stdout) as { floorMs: number; boundMs: number }
    expect(times.floorMs).toBeGreaterThan(0)
    expect(times.boundMs).toBeGreaterThan(0)
  })

  it('refuses to run without an output to measure', () => {
    const { status, stderr } = run('bound.mjs', [gzipFile])
    expect(status).not.toBe(0)
    expect(stderr).toMatch(/usage: bound\.mjs/)
  })
})

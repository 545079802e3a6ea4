/** The MCP pipe as users run it: the built scripts joined by a real shell pipe reproduce the golden SARIF. */
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { GOLDEN } from '../../../../tests/helpers/paths.ts'

const SCENARIO = join(GOLDEN, 'mcp-tool-drift')

describe('the MCP tool-drift pipe', () => {
  it('reproduces the golden SARIF through a shell pipe, with every record accounted for', () => {
    const run = spawnSync(
      'bash',
      [
        '--noprofile',
        '--norc',
        '-c',
        'set -o pipefail; node ../../dist/ingest-mcp-proxy-ocsf.mjs proxy.jsonl | node ../../dist/detect-mcp-tool-drift.mjs | node ../../dist/convert-ocsf-to-sarif.mjs',
      ],
      { cwd: SCENARIO, encoding: 'utf8', env: { PATH: `${join(process.execPath, '..')}:/usr/bin:/bin` } },
    )
    expect(run.status).toBe(0)
    const expected = JSON.parse(readFileSync(join(SCENARIO, 'expected.sarif'), 'utf8')) as unknown
    expect(JSON.parse(run.stdout) as unknown).toEqual(expected)
    expect(run.stderr).toMatch(
      /ingest-mcp-proxy-ocsf: read 40, processed 40, dropped 0, skipped 0, emitted 47/,
    )
    expect(run.stderr).toMatch(
      /detect-mcp-tool-drift: read 47, processed 47, dropped 0, skipped 0, emitted 3/,
    )
  })
})

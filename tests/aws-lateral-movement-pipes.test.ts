/**
 * The AWS lateral-movement pipe as users run it: CloudTrail and VPC flow logs through their ingesters,
 * merged in either order into detect-lateral-movement-aws, then into each converter, all joined by real
 * shell pipes through the built scripts and ending in the golden scenario's frozen output.
 */
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseFlowchart } from './helpers/mermaid-parser.ts'
import { DIST, GOLDEN } from './helpers/paths.ts'
import { parseJsonl } from './helpers/run-skill.ts'

const SCENARIO = join(GOLDEN, 'aws-lateral-movement')
const CLOUDTRAIL = 'node "$DIST/ingest-cloudtrail-ocsf.mjs" -q cloudtrail.json'
const FLOWS = 'node "$DIST/ingest-vpc-flow-logs-ocsf.mjs" -q flow-logs-custom.log flow-logs-default.log'
const DETECT = 'node "$DIST/detect-lateral-movement-aws.mjs" -q --allow-workload i-0e5f60718293a4b5c'

function shell(script: string) {
  return spawnSync('bash', ['--noprofile', '--norc', '-o', 'pipefail', '-c', script], {
    cwd: SCENARIO,
    encoding: 'utf8',
    env: { PATH: `${join(process.execPath, '..')}:/usr/bin:/bin`, DIST },
  })
}

function frozen(file: string): string {
  return readFileSync(join(SCENARIO, file), 'utf8')
}

describe('the AWS lateral-movement pipe', () => {
  it('finds the golden findings in the ingested logs joined with cat, CloudTrail first', () => {
    const run = shell(`cat expected.cloudtrail.ocsf.jsonl expected.flows.ocsf.jsonl | ${DETECT}`)
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    expect(parseJsonl(run.stdout)).toEqual(parseJsonl(frozen('expected.findings.jsonl')))
  })

  it('ends in the golden SARIF from the raw logs, CloudTrail first', () => {
    const run = shell(`{ ${CLOUDTRAIL}; ${FLOWS}; } | ${DETECT} | node "$DIST/convert-ocsf-to-sarif.mjs" -q`)
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    expect(JSON.parse(run.stdout) as unknown).toEqual(JSON.parse(frozen('expected.sarif')))
  })

  it('ends in the golden attack flow from the raw logs, flow logs first', () => {
    const run = shell(
      `{ ${FLOWS}; ${CLOUDTRAIL}; } | ${DETECT} | node "$DIST/convert-ocsf-to-mermaid-attack-flow.mjs" -q`,
    )
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    expect(run.stdout).toBe(frozen('expected.mmd'))
  })

  it('draws an attack flow Mermaid itself parses, one actor per role session', async () => {
    const chart = await parseFlowchart(frozen('expected.mmd'))
    const labels = [...chart.vertices.values()].map((vertex) => vertex.text)
    expect(labels).toEqual(
      expect.arrayContaining([
        'WebServerRole/i-0a1b2c3d4e5f60718',
        'DeployAdmin/maint',
        'system:serviceaccount:reports:reports-api',
        'AWS::IAM::Role DeployAdmin',
        'Host 10.20.2.40',
      ]),
    )
    expect(chart.edges).toHaveLength(11)
  })

  it('accounts for every record of the merged stream', () => {
    const run = shell(`{ ${CLOUDTRAIL}; ${FLOWS}; } | ${DETECT.replace(' -q', '')} > /dev/null`)
    expect(run.status).toBe(0)
    expect(run.stderr).toBe(
      'detect-lateral-movement-aws: read 32, processed 32, dropped 0, skipped 0, emitted 3\n',
    )
  })
})

/** The built script's options over the golden scenario's ingested logs, and bad values refused. */
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { GOLDEN } from '../../../../tests/helpers/paths.ts'
import { parseJsonl, runSkill } from '../../../../tests/helpers/run-skill.ts'

const SCENARIO = join(GOLDEN, 'aws-lateral-movement')
const INPUTS = ['expected.cloudtrail.ocsf.jsonl', 'expected.flows.ocsf.jsonl'].map((file) =>
  join(SCENARIO, file),
)

function titles(args: readonly string[]): string[] {
  const run = runSkill('detect-lateral-movement-aws', [
    '-q',
    '--allow-workload',
    'i-0e5f60718293a4b5c',
    ...args,
    ...INPUTS,
  ])
  expect(run.stderr).toBe('')
  expect(run.status).toBe(0)
  return parseJsonl(run.stdout).map(
    (finding) => (finding as { finding_info: { title: string } }).finding_info.title,
  )
}

describe('detect-lateral-movement-aws on the command line', () => {
  it('narrows what counts with --window', () => {
    expect(titles(['--window', '10m'])).toEqual([
      'i-0a1b2c3d4e5f60718 assumed DeployAdmin, then reached 3 internal hosts over remote-service ports',
      'i-0a1b2c3d4e5f60718 assumed OrganizationAccountAccessRole, then reached 1 internal host over remote-service ports',
      '10.20.5.33 assumed reports-irsa, then reached 2 internal hosts over remote-service ports',
    ])
  })

  it('stays quiet for allowed roles, destinations and workloads', () => {
    expect(
      titles([
        '--allow-role',
        'arn:aws:iam::111122223333:role/DeployAdmin',
        '--allow-role',
        'OrganizationAccountAccessRole',
        '--allow-destination',
        '10.20.6.0/24',
      ]),
    ).toEqual([])
    expect(titles(['--allow-workload', 'i-0a1b2c3d4e5f60718', '--allow-workload', '10.20.5.33'])).toEqual([])
  })

  it('watches --port and forgets --ignore-port', () => {
    expect(titles(['--ignore-port', '5432', '--ignore-port', '6379', '--port', '443'])).toEqual([
      'i-0a1b2c3d4e5f60718 assumed DeployAdmin, then reached 4 internal hosts over remote-service ports',
      'i-0a1b2c3d4e5f60718 assumed OrganizationAccountAccessRole, then reached 1 internal host over remote-service ports',
      'i-0c3d4e5f607182930 assumed ReportPublisher, then reached 1 internal host over remote-service ports',
    ])
  })

  it.each([
    [['--port', '0']],
    [['--port', '70000']],
    [['--ignore-port', 'ssh']],
    [['--internal-cidr', '10.0.0.0/40']],
    [['--allow-destination', 'db.internal']],
    [['--allow-workload', 'bastion']],
    [['--window', 'soon']],
    [['--fanout', '0']],
  ])('refuses %j as a usage error', (args) => {
    const run = runSkill('detect-lateral-movement-aws', args)
    expect(run.status).toBe(2)
    expect(run.stdout).toBe('')
  })
})

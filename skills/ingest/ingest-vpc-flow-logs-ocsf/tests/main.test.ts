/** The built script: --log-format is checked before anything is read, and standard input works as a file does. */
import { describe, expect, it } from 'vitest'
import { parseJsonl, runSkill, summaryOf } from '../../../../tests/helpers/run-skill.ts'

const SKILL = 'ingest-vpc-flow-logs-ocsf'

describe(SKILL, () => {
  it('refuses a misspelt --log-format field with the usage status', () => {
    const run = runSkill(SKILL, ['--log-format', 'version srcadr dstaddr'])
    expect(run.status).toBe(2)
    expect(run.stderr).toContain('unknown flow log field(s): srcadr')
    expect(run.stdout).toBe('')
  })

  it('reads standard input with --log-format and names it stdin', () => {
    const run = runSkill(SKILL, ['--log-format', 'srcaddr dstaddr dstport action start'], {
      input: '10.0.0.5 10.0.0.9 5432 ACCEPT 1767225600\n10.0.0.5 10.0.0.9 5432\n',
    })
    expect(run.status).toBe(0)
    expect(run.stderr).toContain(
      `${SKILL}: stdin:2: skipped: field count differs from the format (3 fields, the format has 5)`,
    )
    expect(summaryOf(run.stderr)).toMatchObject({ read: 2, processed: 1, skipped: 1, emitted: 1 })
    expect(parseJsonl(run.stdout)).toMatchObject([{ class_uid: 4001, metadata: { log_source: 'stdin' } }])
  })
})

/** The built script on files, as a user runs it: gzip, pretty-printed documents, bad lines named by file and line. */
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import type { ApiActivity } from '#shared/ocsf/index.ts'
import { parseJsonl, runSkill, summaryOf } from '../../../../tests/helpers/run-skill.ts'
import { zodProblems } from '../../../../tests/helpers/validators.ts'
import { ASSUME_ROLE, CREATE_ACCESS_KEY, STOP_LOGGING_DENIED } from './sample-records.ts'

const SKILL = 'ingest-cloudtrail-ocsf'

function scratchFile(name: string, content: string | Buffer): string {
  const file = join(mkdtempSync(join(tmpdir(), 'cloudtrail-main-')), name)
  writeFileSync(file, content)
  return file
}

describe('ingest-cloudtrail-ocsf on files', () => {
  it('reads a gzip-compressed S3 log file and the same file uncompressed to the same events', () => {
    const document = JSON.stringify({ Records: [CREATE_ACCESS_KEY, ASSUME_ROLE] }, null, 2)
    const compressed = runSkill(SKILL, [
      scratchFile('123456789012_CloudTrail_us-east-1.json.gz', gzipSync(document)),
    ])
    const plain = runSkill(SKILL, [], { input: document })
    expect(compressed.status).toBe(0)
    const events = parseJsonl(compressed.stdout) as ApiActivity[]
    expect(events.map((event) => event.api.operation)).toEqual(['CreateAccessKey', 'AssumeRole'])
    expect(zodProblems(events)).toEqual([])
    const withoutSource = (event: ApiActivity) => ({
      ...event,
      metadata: { ...event.metadata, log_source: '' },
    })
    expect((parseJsonl(plain.stdout) as ApiActivity[]).map(withoutSource)).toEqual(events.map(withoutSource))
  })

  it('warns about each bad line with the file and line, and goes on', () => {
    const lines = [
      JSON.stringify(CREATE_ACCESS_KEY),
      '{"eventName": "CreateUser",',
      JSON.stringify({ eventType: 'logout' }),
      JSON.stringify({ ...STOP_LOGGING_DENIED, eventTime: 'redacted' }),
      JSON.stringify(STOP_LOGGING_DENIED),
    ]
    const file = scratchFile('trail.jsonl', `${lines.join('\n')}\n`)
    const run = runSkill(SKILL, [file])
    expect(run.status).toBe(0)
    expect(parseJsonl(run.stdout)).toHaveLength(2)
    expect(run.stderr).toContain(`${file}:2: skipped: malformed JSON`)
    expect(run.stderr).toContain(`${file}:3: skipped: not a CloudTrail record (no eventName)`)
    expect(run.stderr).toContain(`${file}:4: skipped: no usable timestamp (unreadable time "redacted")`)
    expect(summaryOf(run.stderr)).toMatchObject({ read: 5, processed: 2, dropped: 0, skipped: 3, emitted: 2 })
  })

  it('exits 3 when an input cannot be read', () => {
    const run = runSkill(SKILL, [join(tmpdir(), 'no-such-dir-for-cloudtrail', 'trail.json')])
    expect(run.status).toBe(3)
  })
})

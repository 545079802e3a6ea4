/**
 * Runs one provider's built pipe (dist/<ingest>.mjs, then each detector) over one corpus file and reads
 * back which rule fired on which record.
 *
 * The join: findings name their triggering events in finding_info.related_events by the source's event
 * id (metadata.original_event_uid). Corpus ids are not unique (Panther tests reuse eventID "1" 87
 * times, and 51 records have none), so between ingest and detection each event's
 * original_event_uid is replaced by the index of the record it came from, read from
 * metadata.sequence: records are written one a line first, so line N+1 is record N. Rules never read
 * that field, so detection is unchanged, and every related event names exactly one record.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { ProviderPipe } from './mapping-types.ts'

const RECORD_UID_PREFIX = 'corpus-record-'

export interface PipeRun {
  /** Record index to the rules that fired on it. */
  readonly fired: Map<number, Set<string>>
  /** Per rule, triggering events a finding counted but did not list (past its related-events ceiling). */
  readonly unlisted: Map<string, number>
  /** Events the ingester emitted without a line number, which cannot be joined. */
  readonly unjoined: number
  readonly ingested: number
  readonly findings: number
}

function runScript(dist: string, skill: string, args: readonly string[]): string {
  const script = join(dist, `${skill}.mjs`)
  if (!existsSync(script)) throw new Error(`${script} is missing: run npm run build first`)
  return execFileSync(process.execPath, [script, ...args], {
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
}

/** Each event with its record index as its source id; events without a line number are left out. */
function stampRecordIndexes(ocsf: string): { lines: string[]; unjoined: number } {
  const lines: string[] = []
  let unjoined = 0
  for (const line of ocsf.split('\n')) {
    if (line.length === 0) continue
    const event = JSON.parse(line) as { metadata: { sequence?: unknown; original_event_uid?: string } }
    const sequence = event.metadata.sequence
    if (typeof sequence !== 'number') {
      unjoined += 1
      continue
    }
    event.metadata.original_event_uid = `${RECORD_UID_PREFIX}${sequence - 1}`
    lines.push(JSON.stringify(event))
  }
  return { lines, unjoined }
}

interface Finding {
  finding_info: {
    analytic: { uid: string }
    related_events?: Array<{ uid: string }>
    related_events_count?: number
  }
}

export function runCorpusPipe(
  pipe: ProviderPipe,
  records: readonly string[],
  options: { readonly dist: string; readonly assumeTime: string },
): PipeRun {
  const work = mkdtempSync(join(tmpdir(), 'ocsf-score-'))
  try {
    const rawFile = join(work, 'records.jsonl')
    writeFileSync(rawFile, `${records.join('\n')}\n`)
    const ocsf = runScript(options.dist, pipe.ingest, ['-q', '--assume-time', options.assumeTime, rawFile])
    const stamped = stampRecordIndexes(ocsf)
    const eventsFile = join(work, 'events.ocsf.jsonl')
    writeFileSync(eventsFile, `${stamped.lines.join('\n')}\n`)
    const fired = new Map<number, Set<string>>()
    const unlisted = new Map<string, number>()
    let findings = 0
    for (const detector of pipe.detectors) {
      const output = runScript(options.dist, detector, ['-q', eventsFile])
      for (const line of output.split('\n')) {
        if (line.length === 0) continue
        const finding = JSON.parse(line) as Finding
        const rule = finding.finding_info.analytic.uid
        const related = finding.finding_info.related_events ?? []
        findings += 1
        for (const event of related) {
          if (!event.uid.startsWith(RECORD_UID_PREFIX))
            throw new Error(`${detector}: related event ${event.uid} names no corpus record`)
          const index = Number(event.uid.slice(RECORD_UID_PREFIX.length))
          const rules = fired.get(index) ?? new Set()
          rules.add(rule)
          fired.set(index, rules)
        }
        const missing = (finding.finding_info.related_events_count ?? related.length) - related.length
        if (missing > 0) unlisted.set(rule, (unlisted.get(rule) ?? 0) + missing)
      }
    }
    return { fired, unlisted, unjoined: stamped.unjoined, ingested: stamped.lines.length, findings }
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}

/**
 * A detector run over each positive case of its rule fixtures (tests/fixtures/<rule-id>.jsonl), one fresh
 * processor per case, for the checks every detector owes: each positive case raises a finding of its
 * rule, and the finding names the case's events by their source ids.
 */
import { readdirSync } from 'node:fs'
import { basename, join } from 'node:path'
import type { RecordProcessor } from '#shared/io/index.ts'
import type { DetectionFinding } from '#shared/ocsf/index.ts'
import { runProcessor } from './in-process.ts'
import { readRuleCases } from './rule-cases.ts'

export interface CaseFindings {
  readonly rule: string
  readonly name: string
  /** metadata.original_event_uid of the case's events, in order. */
  readonly sourceIds: readonly string[]
  readonly findings: readonly DetectionFinding[]
}

export async function findingsOfPositiveCases(
  fixturesDir: string,
  createProcessor: () => RecordProcessor,
): Promise<CaseFindings[]> {
  const results: CaseFindings[] = []
  for (const file of readdirSync(fixturesDir)
    .filter((name) => name.endsWith('.jsonl'))
    .sort()) {
    const rule = basename(file, '.jsonl')
    for (const entry of readRuleCases(join(fixturesDir, file))) {
      if (!entry.expected) continue
      const run = await runProcessor(createProcessor(), entry.events)
      results.push({
        rule,
        name: entry.name,
        sourceIds: entry.events.map((event) => String(event.metadata.original_event_uid)),
        findings: run.events as DetectionFinding[],
      })
    }
  }
  return results
}

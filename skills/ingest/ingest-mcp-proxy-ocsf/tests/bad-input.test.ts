/**
 * The frozen bad-input pair: every kind of malformed line is skipped with a warning naming the file and
 * line, the proxy's lifecycle lines are dropped, the good lines around them come out as frozen, and
 * every line is accounted for.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runProcessor } from '../../../../tests/helpers/in-process.ts'
import { HAS_SHARED } from '../../../../tests/helpers/paths.ts'
import { parseJsonl } from '../../../../tests/helpers/run-skill.ts'
import { ocsfValidate, zodProblems } from '../../../../tests/helpers/validators.ts'
import { createMcpProxyProcessor } from '../src/mcp-proxy-processor.ts'

const FIXTURES = join(import.meta.dirname, 'fixtures')
const INPUT = readFileSync(join(FIXTURES, 'malformed-proxy.jsonl'), 'utf8')
const EXPECTED = readFileSync(join(FIXTURES, 'malformed-proxy.expected.ocsf.jsonl'), 'utf8')

describe('bad input', () => {
  it('emits the frozen events for the good lines', async () => {
    const run = await runProcessor(createMcpProxyProcessor(), INPUT, 'malformed-proxy.jsonl')
    expect(run.events).toEqual(parseJsonl(EXPECTED))
    expect(zodProblems(run.events)).toEqual([])
  })

  it('accounts for every line and says why each bad one was skipped', async () => {
    const run = await runProcessor(createMcpProxyProcessor(), INPUT, 'malformed-proxy.jsonl')
    expect(run.reporter.read).toBe(14)
    expect(run.reporter.processed).toBe(3)
    expect(run.reporter.dropped).toEqual(new Map([['proxy record without a JSON-RPC message', 1]]))
    expect(run.reporter.skipped).toEqual(
      new Map([
        ['malformed JSON', 2],
        ['malformed JSON-RPC message text', 1],
        ['not a JSON-RPC message', 3],
        ['no usable timestamp', 2],
        ['not an MCP proxy record', 2],
      ]),
    )
    expect(run.reporter.isBalanced()).toBe(true)
    const warnings = run.warnings.join('\n')
    for (const line of [2, 3, 4, 5, 6, 7, 8, 9, 12])
      expect(warnings).toContain(`malformed-proxy.jsonl:${line}: skipped: `)
    expect(warnings).toContain('malformed-proxy.jsonl:11 record 1: skipped: not an MCP proxy record')
    expect(warnings).toContain('unreadable time "yesterday afternoon"')
  })

  it('stamps the records without a time only when told to, and labels them', async () => {
    const run = await runProcessor(
      createMcpProxyProcessor({ assumeTime: Date.UTC(2026, 2, 2) }),
      INPUT,
      'malformed-proxy.jsonl',
    )
    const assumed = (run.events as Array<{ metadata: { labels?: string[]; sequence?: number } }>).filter(
      (event) => event.metadata.labels?.includes('time-assumed'),
    )
    expect(assumed.map((event) => event.metadata.sequence)).toEqual([8, 9])
  })

  it.runIf(HAS_SHARED)('passes the independent OCSF validator', () => {
    const report = ocsfValidate(EXPECTED)
    expect(report.summary).toBe('ocsf-validate: 3 events, 3 valid, 0 invalid, 0 warnings')
  })
})

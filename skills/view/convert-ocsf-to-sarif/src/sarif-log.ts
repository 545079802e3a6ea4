/** Builds one SARIF 2.1.0 log that GitHub code scanning accepts and shows, from finding views. */
import { gzipSync } from 'node:zlib'
import type { Log, ReportingDescriptor, Result } from 'sarif'
import { sha256Hex } from '#shared/json/index.ts'
import { TOOLKIT_NAME, TOOLKIT_VERSION } from '#shared/ocsf/index.ts'
import type { FindingView } from './finding-view.ts'
import { GITHUB_LIMITS, MAX_MESSAGE_CHARS, truncate } from './github-limits.ts'
import { sarifSeverityOf } from './mappings/severity.ts'

export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json'

export interface SarifOptions {
  /** runAutomationDetails category, so several uploads for one commit stay apart. */
  readonly category: string
  /** Turns a finding's log path into the repository-relative URI GitHub shows. */
  readonly toArtifactUri: (logPath: string) => string
  /** Every result points at this path instead of its log (for logs kept outside the repository). */
  readonly artifactUri?: string
}

export interface BuiltLog {
  readonly log: Log
  /** Results left out to stay inside GitHub's limits, least severe first. */
  readonly leftOut: number
}

function attackUrl(techniqueId: string): string {
  if (techniqueId.startsWith('AML.')) return `https://atlas.mitre.org/techniques/${techniqueId}`
  return `https://attack.mitre.org/techniques/${techniqueId.replace('.', '/')}/`
}

function ruleOf(views: readonly FindingView[]): ReportingDescriptor {
  const [first] = views
  if (first === undefined) throw new Error('a rule needs at least one result')
  let severityId = 0
  for (const view of views) severityId = Math.max(severityId, view.severityId)
  const techniques = new Map<string, string>()
  const tactics = new Set<string>()
  for (const view of views) {
    for (const attack of view.attacks) {
      techniques.set(attack.techniqueId, attack.techniqueName)
      if (attack.tacticId !== undefined) tactics.add(attack.tacticId)
    }
  }
  const attackLines = [...techniques].map(([id, name]) => `- ${id} ${name}: ${attackUrl(id)}`)
  const standards = first.standards.length > 0 ? `Benchmark: ${first.standards.join(', ')}.` : undefined
  const helpText = [
    first.ruleName,
    first.ruleDesc,
    standards,
    attackLines.length > 0 ? `MITRE techniques:\n${attackLines.join('\n')}` : undefined,
    first.remediation === undefined ? undefined : `Remediation: ${first.remediation}`,
  ]
    .filter((part) => part !== undefined)
    .join('\n\n')
  const [firstTechnique] = techniques.keys()
  const tags = ['security', ...techniques.keys(), ...tactics].slice(0, GITHUB_LIMITS.tagsPerRule)
  return {
    id: first.ruleId,
    name: truncate(first.ruleName, GITHUB_LIMITS.ruleNameChars),
    shortDescription: { text: truncate(first.ruleName, GITHUB_LIMITS.ruleDescriptionChars) },
    fullDescription: { text: truncate(first.ruleDesc ?? first.ruleName, GITHUB_LIMITS.ruleDescriptionChars) },
    help: { text: helpText, markdown: helpText },
    helpUri: firstTechnique === undefined ? undefined : attackUrl(firstTechnique),
    defaultConfiguration: { level: sarifSeverityOf(severityId).level },
    properties: {
      tags,
      'security-severity': sarifSeverityOf(severityId).securitySeverity,
      precision: 'high',
    },
  }
}

function locationOf(view: FindingView, options: SarifOptions) {
  const fromLog = view.logSource !== undefined && view.logSource !== 'stdin'
  const uri =
    options.artifactUri ?? options.toArtifactUri(fromLog ? (view.logSource as string) : view.readFrom.source)
  const line = options.artifactUri === undefined ? (fromLog ? view.line : view.readFrom.line) : undefined
  return {
    physicalLocation: {
      artifactLocation: { uri },
      region: line === undefined || line < 1 ? undefined : { startLine: line },
    },
  }
}

function resultOf(view: FindingView, ruleIndex: number, options: SarifOptions): Result {
  const message = view.desc === undefined ? view.title : `${view.title}: ${view.desc}`
  return {
    ruleId: view.ruleId,
    ruleIndex,
    level: sarifSeverityOf(view.severityId).level,
    message: { text: truncate(message, MAX_MESSAGE_CHARS) },
    locations: [locationOf(view, options)],
    partialFingerprints: {
      'ocsfFindingUid/v1': view.uid,
      primaryLocationLineHash: sha256Hex(`${view.ruleId}\u001f${view.uid}`).slice(0, 16),
    },
    properties: { 'ocsf-class-uid': view.classUid, 'ocsf-time': new Date(view.time).toISOString() },
  }
}

/** Most severe first, then oldest, then by uid, so the output is the same for the same input. */
export function compareViews(a: FindingView, b: FindingView): number {
  if (a.severityId !== b.severityId) return b.severityId - a.severityId
  if (a.time !== b.time) return a.time - b.time
  if (a.uid === b.uid) return 0
  return a.uid < b.uid ? -1 : 1
}

function assemble(views: readonly FindingView[], options: SarifOptions): Log {
  const byRule = new Map<string, FindingView[]>()
  for (const view of views) {
    const list = byRule.get(view.ruleId) ?? []
    list.push(view)
    byRule.set(view.ruleId, list)
  }
  const ruleIds = [...byRule.keys()].sort()
  const rules = ruleIds.map((id) => ruleOf(byRule.get(id) ?? []))
  const ruleIndex = new Map(ruleIds.map((id, index) => [id, index]))
  return {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: { name: TOOLKIT_NAME, semanticVersion: TOOLKIT_VERSION, version: TOOLKIT_VERSION, rules },
        },
        automationDetails: { id: `${options.category}/` },
        results: views.map((view) => resultOf(view, ruleIndex.get(view.ruleId) ?? 0, options)),
      },
    ],
  }
}

/** The log for the given views, cut to GitHub's limits by leaving out the least severe results. */
export function buildSarifLog(views: readonly FindingView[], options: SarifOptions): BuiltLog {
  let kept = [...views].sort(compareViews)
  let leftOut = 0
  if (kept.length > GITHUB_LIMITS.resultsPerRun) {
    leftOut += kept.length - GITHUB_LIMITS.resultsPerRun
    kept = kept.slice(0, GITHUB_LIMITS.resultsPerRun)
  }
  let log = assemble(kept, options)
  while (kept.length > 0 && gzipSync(JSON.stringify(log)).length > GITHUB_LIMITS.gzippedBytes) {
    const keep = Math.floor(kept.length * 0.9)
    leftOut += kept.length - keep
    kept = kept.slice(0, keep)
    log = assemble(kept, options)
  }
  return { log, leftOut }
}

/** How posture results leave the skill: OCSF JSONL (the default), or a table for people; and the CI gate. */
import { type ComplianceFinding, SEVERITY_IDS, type SeverityName } from '../ocsf/index.ts'

export type PostureFormat = 'ocsf' | 'table'

export function isFailure(finding: ComplianceFinding): boolean {
  return finding.compliance.status_id === 3
}

/** --only-failed keeps failures only. */
export function selectFindings(
  findings: readonly ComplianceFinding[],
  onlyFailed: boolean,
): ComplianceFinding[] {
  return onlyFailed ? findings.filter(isFailure) : [...findings]
}

export function toJsonl(findings: readonly ComplianceFinding[]): string {
  return findings.map((finding) => `${JSON.stringify(finding)}\n`).join('')
}

const STATUS_COLOUR: Readonly<Record<string, string>> = { Pass: '32', Fail: '31', Unknown: '33' }

function pad(text: string, width: number): string {
  return text.length >= width ? text : text + ' '.repeat(width - text.length)
}

function truncate(text: string, width: number): string {
  return text.length <= width ? text : `${text.slice(0, width - 1)}…`
}

/** A plain-text table with a summary line; ANSI colour only when the caller says the terminal takes it. */
export function toTable(findings: readonly ComplianceFinding[], colour: boolean): string {
  const rows = findings.map((finding) => ({
    status: finding.compliance.status ?? '',
    severity: finding.compliance.status_id === 3 ? (finding.severity ?? '') : '',
    control: finding.compliance.control ?? '',
    resource: truncate(finding.resources?.[0]?.uid ?? finding.resources?.[0]?.name ?? '', 60),
    detail: truncate(finding.compliance.status_details?.[0] ?? '', 100),
  }))
  const headers = {
    status: 'STATUS',
    severity: 'SEVERITY',
    control: 'CONTROL',
    resource: 'RESOURCE',
    detail: 'DETAIL',
  }
  const widths = { status: 7, severity: 8, control: 7, resource: 8 }
  for (const row of rows) {
    widths.status = Math.max(widths.status, row.status.length)
    widths.severity = Math.max(widths.severity, row.severity.length)
    widths.control = Math.max(widths.control, row.control.length)
    widths.resource = Math.max(widths.resource, row.resource.length)
  }
  const line = (row: typeof headers) =>
    [
      pad(row.status, widths.status),
      pad(row.severity, widths.severity),
      pad(row.control, widths.control),
      pad(row.resource, widths.resource),
      row.detail,
    ]
      .join('  ')
      .trimEnd()
  const body = rows.map((row) => {
    const text = line(row)
    const code = STATUS_COLOUR[row.status]
    return colour && code !== undefined ? `\u001b[${code}m${text}\u001b[0m` : text
  })
  const counts = new Map<string, number>()
  for (const row of rows) counts.set(row.status, (counts.get(row.status) ?? 0) + 1)
  const summary = [...counts.entries()]
    .map(([status, count]) => `${count} ${status.toLowerCase()}`)
    .join(', ')
  return `${[line(headers), ...body].join('\n')}\n\n${rows.length} check result(s): ${summary || 'none'}\n`
}

/** True when a failure at or above the --fail-on severity exists: the skill then exits with status 1. */
export function meetsFailOn(
  findings: readonly ComplianceFinding[],
  failOn: SeverityName | undefined,
): boolean {
  if (failOn === undefined) return false
  const threshold = SEVERITY_IDS[failOn]
  return findings.some((finding) => isFailure(finding) && finding.severity_id >= threshold)
}

/** The score as text: one table row per rule, totals per provider and overall, then every miss and stray firing. */
import type { ScoreReport } from './score-corpus.ts'
import type { RecordRef, Totals } from './tally.ts'

function ratio(value: number): string {
  return value.toFixed(3)
}

function row(cells: readonly (string | number)[], widths: readonly number[]): string {
  return `| ${cells.map((cell, column) => String(cell).padEnd(widths[column] ?? 0)).join(' | ')} |`
}

function totalsLine(name: string, totals: Totals): string {
  return `${name}: TP ${totals.truePositives}, FP ${totals.falsePositives}, FN ${totals.falseNegatives}, recall ${ratio(totals.recall)}, precision ${ratio(totals.precision)}`
}

function listing(title: string, entries: ReadonlyArray<{ rule: string; ref: RecordRef }>): string[] {
  if (entries.length === 0) return []
  return ['', `${title}:`, ...entries.map(({ rule, ref }) => `  ${rule}  ${ref.record}  ${ref.labels}`)]
}

export function formatReport(report: ScoreReport): string {
  const lines: string[] = []
  const header = ['rule', 'TP', 'FP', 'FN', 'outside', 'mocked']
  for (const provider of report.providers) {
    const rows = provider.rules.map((score) => [
      score.rule,
      score.truePositives.length,
      score.falsePositives.length,
      score.falseNegatives.length,
      score.outside.length,
      score.mocked,
    ])
    const widths = header.map((cell, column) =>
      Math.max(cell.length, ...rows.map((cells) => String(cells[column]).length)),
    )
    lines.push(
      `${provider.provider}: ${provider.records} labelled records, ${provider.findings} findings`,
      '',
    )
    lines.push(row(header, widths), `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`)
    for (const cells of rows) lines.push(row(cells, widths))
    lines.push('', totalsLine(provider.provider, provider.totals))
    for (const [rule, count] of provider.unlisted)
      lines.push(
        `warning: ${rule} counted ${count} triggering events its findings do not list; they are not scored`,
      )
    const pick = (field: 'falseNegatives' | 'falsePositives' | 'outside') =>
      provider.rules.flatMap((score) => score[field].map((ref) => ({ rule: score.rule, ref })))
    lines.push(...listing('False negatives', pick('falseNegatives')))
    lines.push(...listing('False positives', pick('falsePositives')))
    lines.push(...listing('Firings outside the labels (not scored)', pick('outside')))
    if (provider.unscored.length > 0) lines.push('', 'Rules no labelled record can judge:')
    for (const { rule, reason } of provider.unscored) lines.push(`  ${rule}  ${reason}`)
    lines.push('')
  }
  lines.push(totalsLine('overall', report.totals))
  return `${lines.join('\n')}\n`
}

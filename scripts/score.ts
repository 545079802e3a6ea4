/**
 * Scores the detectors on the labelled third-party corpus in ../shared/corpus through the built
 * scripts (run `npm run build` first): per rule true positives, false positives and false negatives
 * against the labels scripts/score-mapping.ts says it answers for, then recall and precision.
 * `--provider <name>` scores one provider (repeatable); `--json` prints the totals as JSON.
 */
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { SCORE_MAPPING } from './score-mapping.ts'
import { formatReport } from './scoring/report.ts'
import { scoreCorpus } from './scoring/score-corpus.ts'
import { ROOT } from './skills.ts'

function main(): void {
  const { values } = parseArgs({
    options: { provider: { type: 'string', multiple: true }, json: { type: 'boolean', default: false } },
  })
  const report = scoreCorpus(SCORE_MAPPING, {
    corpusDir: join(ROOT, '..', 'shared', 'corpus'),
    dist: join(ROOT, 'dist'),
    providers: values.provider,
  })
  if (!values.json) {
    process.stdout.write(formatReport(report))
    return
  }
  const totals = Object.fromEntries(report.providers.map((provider) => [provider.provider, provider.totals]))
  process.stdout.write(`${JSON.stringify({ ...totals, overall: report.totals }, null, 2)}\n`)
}

try {
  main()
} catch (error) {
  console.error(`score: ${(error as Error).message}`)
  process.exitCode = 1
}

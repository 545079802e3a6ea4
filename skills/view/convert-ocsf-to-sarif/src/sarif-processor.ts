/**
 * Collects findings and writes one SARIF log at the end. Only as many results as GitHub accepts are
 * held, so memory stays bounded however many findings arrive; the summary says how many were left out.
 */
import type { RecordProcessor } from '#shared/io/index.ts'
import type { FindingView } from './finding-view.ts'
import { viewOf } from './finding-view.ts'
import { GITHUB_LIMITS } from './github-limits.ts'
import { buildSarifLog, compareViews, type SarifOptions } from './sarif-log.ts'

export function createSarifProcessor(options: SarifOptions): RecordProcessor {
  let views: FindingView[] = []
  let leftOutEarly = 0
  return {
    process(record, context) {
      const result = viewOf(record, context.location)
      if ('dropReason' in result) {
        context.drop(result.dropReason)
        return
      }
      if ('skipReason' in result) {
        context.skip(result.skipReason)
        return
      }
      views.push(result.view)
      if (views.length >= 2 * GITHUB_LIMITS.resultsPerRun) {
        views.sort(compareViews)
        leftOutEarly += views.length - GITHUB_LIMITS.resultsPerRun
        views = views.slice(0, GITHUB_LIMITS.resultsPerRun)
      }
    },

    finish(context) {
      const { log, leftOut } = buildSarifLog(views, options)
      const total = leftOut + leftOutEarly
      if (total > 0) {
        context.note(`left out ${total} least severe result(s) to stay within GitHub code scanning limits`)
        context.warn(
          `left out ${total} least severe result(s): GitHub accepts ${GITHUB_LIMITS.resultsPerRun} results per run and 10 MiB gzipped`,
        )
      }
      context.note(`wrote one SARIF log with ${log.runs[0]?.results?.length ?? 0} result(s)`)
      context.writeText(`${JSON.stringify(log, null, 2)}\n`)
    },
  }
}

/**
 * Collects findings and writes one SARIF log at the end. Only as many results as GitHub accepts are
 * held, so memory stays bounded however many findings arrive; the summary says how many were left out.
 * A finding that arrives in several versions (the same uid, updated by its source) becomes one result,
 * its latest version: GitHub matches alerts by fingerprint, and two results with one fingerprint collide.
 */
import type { RecordProcessor } from '#shared/io/index.ts'
import type { FindingView } from './finding-view.ts'
import { viewOf } from './finding-view.ts'
import { GITHUB_LIMITS } from './github-limits.ts'
import { buildSarifLog, compareViews, type SarifOptions } from './sarif-log.ts'

export function createSarifProcessor(options: SarifOptions): RecordProcessor {
  let views = new Map<string, FindingView>()
  let leftOutEarly = 0
  let replaced = 0
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
      const { view } = result
      const held = views.get(view.uid)
      if (held !== undefined && held.time > view.time) {
        context.drop('older version of a finding already read')
        return
      }
      if (held !== undefined) replaced += 1
      views.set(view.uid, view)
      if (views.size >= 2 * GITHUB_LIMITS.resultsPerRun) {
        const kept = [...views.values()].sort(compareViews).slice(0, GITHUB_LIMITS.resultsPerRun)
        leftOutEarly += views.size - kept.length
        views = new Map(kept.map((item) => [item.uid, item]))
      }
    },

    finish(context) {
      if (replaced > 0) context.note(`${replaced} finding(s) replaced by a later version of the same uid`)
      const { log, leftOut } = buildSarifLog([...views.values()], options)
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

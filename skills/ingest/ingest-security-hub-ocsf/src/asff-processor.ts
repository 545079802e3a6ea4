/**
 * Turns ASFF findings into Detection or Compliance Findings, one per finding version: Security Hub's
 * `Id` identifies the finding and `UpdatedAt` its version, which give metadata.uid.
 */
import { resolveEventTime } from '#shared/ingest/index.ts'
import type { RecordProcessor } from '#shared/io/index.ts'
import { asString, stableUid } from '#shared/json/index.ts'
import { readAsffRecord, recordsOfValue } from './asff-record.ts'
import { SKILL_NAME, toOcsfFinding } from './to-finding.ts'

export interface SecurityHubOptions {
  /** Stamp for findings without a usable time (from --assume-time); absent means report them. */
  readonly assumeTime?: number
}

export function createSecurityHubProcessor(options: SecurityHubOptions = {}): RecordProcessor {
  return {
    recordsOf: recordsOfValue,

    process(raw, context) {
      const read = readAsffRecord(raw)
      if ('dropReason' in read) {
        context.drop(read.dropReason)
        return
      }
      const { finding, eventBridge } = read
      const eventTime = resolveEventTime(
        [finding.UpdatedAt, eventBridge?.time, finding.CreatedAt],
        options.assumeTime,
      )
      const eventUid = stableUid(SKILL_NAME, asString(finding.Id), asString(finding.UpdatedAt))
      context.emit(toOcsfFinding(finding, { location: context.location, eventTime, eventUid, eventBridge }))
    },
  }
}

/**
 * Turns GuardDuty findings into Detection Findings, one per finding version. A finding is identified by
 * GuardDuty's id; its version by the id and `updatedAt`, which gives metadata.uid.
 */
import { resolveEventTime } from '#shared/ingest/index.ts'
import type { RecordProcessor } from '#shared/io/index.ts'
import { asString, pathOfEitherCase, stableUid } from '#shared/json/index.ts'
import { readGuardDutyRecord, recordsOfValue } from './guardduty-record.ts'
import { SKILL_NAME, toDetectionFinding } from './to-detection-finding.ts'

export interface GuardDutyOptions {
  /** Stamp for findings without a usable time (from --assume-time); absent means report them. */
  readonly assumeTime?: number
}

const at = pathOfEitherCase

export function createGuardDutyProcessor(options: GuardDutyOptions = {}): RecordProcessor {
  return {
    recordsOf: recordsOfValue,

    process(raw, context) {
      const read = readGuardDutyRecord(raw)
      if ('dropReason' in read) {
        context.drop(read.dropReason)
        return
      }
      const { finding, eventBridge } = read
      const eventTime = resolveEventTime(
        [at(finding, 'updatedAt'), eventBridge?.time, at(finding, 'createdAt')],
        options.assumeTime,
      )
      const eventUid = stableUid(SKILL_NAME, asString(at(finding, 'id')), asString(at(finding, 'updatedAt')))
      context.emit(
        toDetectionFinding(finding, { location: context.location, eventTime, eventUid, eventBridge }),
      )
    },
  }
}

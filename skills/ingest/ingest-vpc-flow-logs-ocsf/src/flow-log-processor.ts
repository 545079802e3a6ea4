/**
 * Turns VPC flow log records into Network Activity events. Text lines are read by the format of their
 * own file: a header line (S3 delivery writes one at the top of each file) sets it for the lines after
 * it, and is counted as dropped. NODATA and SKIPDATA records report the logging, not traffic, and are
 * dropped under their own reasons.
 */
import { RecordError } from '#shared/errors/index.ts'
import { resolveEventTime } from '#shared/ingest/index.ts'
import type { RecordProcessor } from '#shared/io/index.ts'
import { canonicalJson, stableUid } from '#shared/json/index.ts'
import {
  FlowLine,
  fieldsOfLine,
  isHeaderLine,
  readFlowRecord,
  recordsOfValue,
  splitLine,
} from './flow-record.ts'
import { readFlowValues } from './flow-values.ts'
import { endpointsOf, SKILL_NAME, toNetworkActivity } from './to-network-activity.ts'

export interface FlowLogOptions {
  /** Stamp for records without a usable time (from --assume-time); absent means report them. */
  readonly assumeTime?: number
  /** Field names of lines whose file has no header line (from --log-format), e.g. CloudWatch Logs events. */
  readonly logFormat?: readonly string[]
}

/** What parseLine returns for a header line, so the processor can count it. */
const FORMAT_HEADER = Symbol('format header')

const LOG_STATUS_DROPS: Readonly<Record<string, string>> = {
  NODATA: 'NODATA record: no traffic in the capture window',
  SKIPDATA: 'SKIPDATA record: flows the capture window could not record',
}

export function createFlowLogProcessor(options: FlowLogOptions = {}): RecordProcessor {
  /** The format each input's header line declared, by input name; one entry per input file. */
  const formats = new Map<string, readonly string[]>()
  return {
    parseLine(line, location) {
      const trimmed = line.trim()
      if (trimmed.startsWith('{') || trimmed.startsWith('[')) return JSON.parse(trimmed) as unknown
      const tokens = splitLine(trimmed)
      if (isHeaderLine(tokens)) {
        formats.set(location.source, tokens)
        return FORMAT_HEADER
      }
      return new FlowLine(fieldsOfLine(tokens, formats.get(location.source) ?? options.logFormat))
    },

    recordsOf(value) {
      if (value === FORMAT_HEADER || value instanceof FlowLine) return [value]
      return recordsOfValue(value)
    },

    process(record, context) {
      if (record === FORMAT_HEADER) {
        context.drop('format header')
        return
      }
      const { fields, envelope } = readFlowRecord(record, options.logFormat)
      const flow = readFlowValues(fields)
      const dropReason = flow.logStatus === undefined ? undefined : LOG_STATUS_DROPS[flow.logStatus]
      if (dropReason !== undefined) {
        context.drop(dropReason)
        return
      }
      const { src, dst } = endpointsOf(flow)
      if (src === undefined && dst === undefined) {
        throw new RecordError('no endpoint', 'the record names no address, network interface or AWS service')
      }
      const eventTime = resolveEventTime([fields.start, fields.end, envelope.time], options.assumeTime)
      const eventUid = stableUid(SKILL_NAME, envelope.eventId ?? canonicalJson(fields))
      context.emit(toNetworkActivity(flow, { location: context.location, eventTime, eventUid, envelope }))
    },
  }
}

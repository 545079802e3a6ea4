/**
 * What a raw-event generator is: it writes N records of one source's native format into a folder,
 * mostly ordinary traffic with a small, steady share of attack scenarios so detectors do real work.
 * Every source covers the same day, so the merged OCSF of all sources interleaves in time as a SIEM
 * would see it.
 */
import { closeSync, openSync, writeSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import type { Random } from '../random.ts'

/** 2026-03-02T00:00:00Z: the day every generated source covers. */
export const DAY_START = Date.UTC(2026, 2, 2)
const DAY_MS = 86_400_000

export interface GeneratedInput {
  /** Input files in the order the ingester reads them. */
  readonly files: readonly string[]
  /** Options the ingester needs before the files. */
  readonly args: readonly string[]
  /** Records written: what the ingester will count as read. */
  readonly records: number
  /** Bytes as the ingester parses them (after gunzip). */
  readonly bytes: number
  /** Whether the records are lines of text rather than JSON (the floor splits them instead of parsing). */
  readonly text: boolean
}

export interface SourceGenerator {
  /** The ingester that reads this source, as its skill folder is named. */
  readonly ingester: string
  /** A short name for folders and the --sources option. */
  readonly source: string
  generate(dir: string, records: number, random: Random): GeneratedInput
}

/** One attack scenario: records in time order starting at `start` (epoch ms). */
export type Scenario<T> = (random: Random, start: number) => T[]

/** The time of record `index` of `total`, spread evenly over the day. */
export function timeOf(index: number, total: number): number {
  return DAY_START + Math.floor((index * DAY_MS) / Math.max(total, 1))
}

export function isoTime(epochMs: number): string {
  return new Date(epochMs).toISOString()
}

/** About one record in this many starts an attack scenario. */
const ATTACK_EVERY = 400

/** Records that must appear at a given time, whatever the mix draws (both halves of a cross-source attack). */
export interface Scheduled<T> {
  readonly time: number
  readonly records: Scenario<T>
}

/**
 * `total` records: ordinary ones from `benign`, with the scenarios played in turn about once every
 * ATTACK_EVERY records, so a few thousand records hold each scenario at least once, and the scheduled
 * records placed where their time falls.
 */
export function* mixRecords<T>(
  total: number,
  random: Random,
  benign: (random: Random, time: number) => T,
  scenarios: readonly Scenario<T>[],
  scheduled: readonly Scheduled<T>[] = [],
): Generator<T> {
  let index = 0
  let nextScenario = 0
  let nextScheduled = 0
  // The first scenario starts early so small runs still hold every one.
  let nextAttackAt = Math.min(50, total)
  while (index < total) {
    const time = timeOf(index, total)
    let records: T[] | undefined
    const due = scheduled[nextScheduled]
    const scenario = scenarios[nextScenario % Math.max(scenarios.length, 1)]
    if (due !== undefined && due.time <= time) {
      records = due.records(random, due.time)
      nextScheduled += 1
    } else if (index >= nextAttackAt && scenario !== undefined) {
      records = scenario(random, time)
      nextScenario += 1
      nextAttackAt = index + records.length + random.int(ATTACK_EVERY / 2, (ATTACK_EVERY * 3) / 2)
    } else {
      records = [benign(random, time)]
    }
    for (const record of records.slice(0, total - index)) yield record
    index += records.length
  }
}

/** Appends text to a file in large writes. */
export class FileWriter {
  private readonly fd: number
  private parts: string[] = []
  private size = 0
  written = 0

  constructor(path: string) {
    this.fd = openSync(path, 'w')
  }

  write(text: string): void {
    this.parts.push(text)
    this.size += text.length
    this.written += Buffer.byteLength(text)
    if (this.size >= 1 << 20) this.flush()
  }

  close(): void {
    this.flush()
    closeSync(this.fd)
  }

  private flush(): void {
    if (this.parts.length === 0) return
    writeAll(this.fd, Buffer.from(this.parts.join('')))
    this.parts = []
    this.size = 0
  }
}

/** Writes a whole file, gzip-compressed when asked; returns its uncompressed size. */
export function writeWholeFile(path: string, text: string, gzip: boolean): number {
  const fd = openSync(path, 'w')
  writeAll(fd, gzip ? gzipSync(text) : Buffer.from(text))
  closeSync(fd)
  return Buffer.byteLength(text)
}

function writeAll(fd: number, buffer: Buffer): void {
  let offset = 0
  while (offset < buffer.length) offset += writeSync(fd, buffer, offset)
}

/** The benchmark's results and how they are printed: one Markdown table of stages, one of cold starts. */

export type StageKind = 'ingest' | 'detect' | 'convert' | 'pipe'

export interface StageResult {
  readonly stage: string
  readonly kind: StageKind
  /** What it read: a source, the merged OCSF, or the findings. */
  readonly input: string
  readonly records: number
  readonly bytes: number
  readonly seconds: number
  readonly cpuSeconds: number
  /** The floor's wall and CPU time on the same input in the same run. */
  readonly floorSeconds: number
  readonly floorCpuSeconds: number
  /** Peak resident memory of each process (one, or each step of a pipe), MiB. */
  readonly peakMiB: readonly number[]
  /** Lines written: events, findings, or the document's lines. */
  readonly emitted: number
  /** An ingester's bound: the floor's time over the time to parse its input and write its output alone. */
  readonly boundRatio?: number | undefined
}

export interface ColdStartResult {
  readonly script: string
  readonly version: { readonly ms: number; readonly cpuMs: number }
  /** Undefined when the script needs more than an empty input to run (a snapshot, a plan). */
  readonly emptyInput?: { readonly ms: number; readonly cpuMs: number }
}

/** Throughput as a share of the floor's on the same input: the targets. */
export const TARGET_RATIO: Readonly<Record<StageKind, number | undefined>> = {
  ingest: 0.8,
  detect: 1.0,
  convert: undefined,
  pipe: 0.6,
}

export const COLD_START_TARGET_MS = 100

/** Throughput as a multiple of the floor's: the floor's time over the stage's. */
export function ratioOf(result: StageResult): number {
  return result.floorSeconds / result.seconds
}

/** The same in CPU time, which the load of other processes on the machine barely moves. */
export function cpuRatioOf(result: StageResult): number {
  return result.floorCpuSeconds / result.cpuSeconds
}

export interface FloorResult {
  readonly input: string
  readonly records: number
  readonly bytes: number
  readonly seconds: number
  readonly cpuSeconds: number
  readonly peakMiB: number
}

function fixed(value: number, digits: number): string {
  return value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits })
}

function verdict(ratio: number, target: number | undefined): string {
  if (target === undefined) return ''
  return ratio >= target ? ` (≥ ${target})` : ` **< ${target}**`
}

export function formatStages(results: readonly StageResult[]): string {
  const lines = [
    '| stage | input | records | MB | s | events/s | MB/s | × floor | CPU s | CPU × floor | bound | peak RSS MiB | emitted |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ]
  for (const result of results) {
    const ratio = ratioOf(result)
    const cpuRatio = cpuRatioOf(result)
    const target = TARGET_RATIO[result.kind]
    lines.push(
      `| ${result.stage} | ${result.input} | ${fixed(result.records, 0)} | ${fixed(result.bytes / 1e6, 1)} | ${fixed(result.seconds, 2)} | ${fixed(result.records / result.seconds, 0)} | ${fixed(result.bytes / 1e6 / result.seconds, 1)} | ${fixed(ratio, 2)}${verdict(ratio, target)} | ${fixed(result.cpuSeconds, 2)} | ${fixed(cpuRatio, 2)}${verdict(cpuRatio, target)} | ${result.boundRatio === undefined ? '' : fixed(result.boundRatio, 2)} | ${result.peakMiB.map((value) => fixed(value, 0)).join(' / ')} | ${fixed(result.emitted, 0)} |`,
    )
  }
  return lines.join('\n')
}

export function formatFloors(floors: readonly FloorResult[]): string {
  const lines = [
    '| floor on | records | MB | s | events/s | MB/s | CPU s | peak RSS MiB |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ]
  for (const floor of floors) {
    lines.push(
      `| ${floor.input} | ${fixed(floor.records, 0)} | ${fixed(floor.bytes / 1e6, 1)} | ${fixed(floor.seconds, 2)} | ${fixed(floor.records / floor.seconds, 0)} | ${fixed(floor.bytes / 1e6 / floor.seconds, 1)} | ${fixed(floor.cpuSeconds, 2)} | ${fixed(floor.peakMiB, 0)} |`,
    )
  }
  return lines.join('\n')
}

function coldCell(time: { readonly ms: number; readonly cpuMs: number } | undefined): string {
  if (time === undefined) return 'needs input'
  const wall = time.ms < COLD_START_TARGET_MS ? fixed(time.ms, 0) : `**${fixed(time.ms, 0)}**`
  return `${wall} (${fixed(time.cpuMs, 0)})`
}

export function formatColdStarts(
  results: readonly ColdStartResult[],
  node: { ms: number; cpuMs: number },
): string {
  const lines = [
    '| script | --version ms (CPU ms) | empty input ms (CPU ms) |',
    '| --- | ---: | ---: |',
    `| (node -e 0, for reference) | ${coldCell(node)} | |`,
  ]
  for (const result of results) {
    lines.push(`| ${result.script} | ${coldCell(result.version)} | ${coldCell(result.emptyInput)} |`)
  }
  return lines.join('\n')
}

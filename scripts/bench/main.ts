/**
 * npm run bench: generates N raw events per source (seeded, so every run reads the same bytes), then
 * measures in one run each ingester, each detector over the merged OCSF of all ingesters, each
 * converter over all findings, the ingest | detect | convert pipes, the floor (parse and stringify,
 * nothing else) on every one of those inputs, and the cold start of every built script. Prints
 * Markdown tables and keeps them, with the raw numbers, under .bench/. Run `npm run build` first.
 *
 *   npm run bench -- --events 1000000 --sources k8s-audit,cloudtrail,vpc-flow
 */
import { spawnSync } from 'node:child_process'
import { mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { cpus, totalmem } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { ROOT } from '../skills.ts'
import { dataKey, firstLine, generateInput, lineCount, log } from './bench-data.ts'
import type { GeneratedInput } from './generators/source-generator.ts'
import { type Command, coldStart, type Measurement, measurePipe } from './measure.ts'
import { concatenate, mergeByTime } from './merge-by-time.ts'
import {
  type ColdStartResult,
  cpuRatioOf,
  type FloorResult,
  formatColdStarts,
  formatFloors,
  formatStages,
  ratioOf,
  type StageKind,
  type StageResult,
} from './report.ts'
import { bundleOf, findStages, PIPES } from './stages.ts'

const { values } = parseArgs({
  options: {
    events: { type: 'string', default: '50000' },
    seed: { type: 'string', default: '1' },
    sources: { type: 'string' },
    repeat: { type: 'string', default: '1' },
    'cold-runs': { type: 'string', default: '9' },
    'skip-cold': { type: 'boolean', default: false },
  },
})
const EVENTS = Number(values.events)
const SEED = Number(values.seed)
const REPEAT = Math.max(1, Number(values.repeat))
const COLD_RUNS = Math.max(1, Number(values['cold-runs']))
if (!Number.isSafeInteger(EVENTS) || EVENTS < 100)
  throw new Error('--events must be an integer of at least 100')

const NODE = process.execPath
const BENCH = join(ROOT, '.bench')
const FLOOR = join(ROOT, 'scripts', 'bench', 'floor.mjs')
const BOUND = join(ROOT, 'scripts', 'bench', 'bound.mjs')

/** The fastest of REPEAT runs (the least disturbed by whatever else the machine was doing). */
async function fastest(run: () => Promise<Measurement>): Promise<Measurement> {
  let best: Measurement | undefined
  for (let attempt = 0; attempt < REPEAT; attempt += 1) {
    const measurement = await run()
    if (best === undefined || measurement.seconds < best.seconds) best = measurement
  }
  if (best === undefined) throw new Error('no measurement')
  return best
}

/**
 * An ingester's bound (scripts/bench/bound.mjs): the share of the floor it would reach if mapping its
 * input to its output cost nothing. Each of the two times is the least of REPEAT runs.
 */
function boundOf(input: GeneratedInput, output: string): number {
  let floorMs = Number.POSITIVE_INFINITY
  let boundMs = Number.POSITIVE_INFINITY
  for (let attempt = 0; attempt < REPEAT; attempt += 1) {
    const argv = [BOUND, ...(input.text ? ['--text'] : []), '--output', output, ...input.files]
    const run = spawnSync(NODE, argv, { encoding: 'utf8', maxBuffer: 1 << 20 })
    if (run.status !== 0) throw new Error(`bound.mjs failed: ${run.stderr}`)
    const times = JSON.parse(run.stdout) as { floorMs: number; boundMs: number }
    floorMs = Math.min(floorMs, times.floorMs)
    boundMs = Math.min(boundMs, times.boundMs)
  }
  return floorMs / boundMs
}

async function main(): Promise<void> {
  const stages = findStages()
  for (const name of stages.ungenerated) {
    log(`*** ${name} has no generator: add one to scripts/bench/generators/index.ts; it is NOT measured ***`)
  }
  for (const name of stages.unbuilt) log(`*** ${name} is not built (npm run build); it is NOT measured ***`)
  const wanted = values.sources?.split(',').map((name) => name.trim())
  const ingesters = stages.ingesters.filter(
    ({ name, generator }) =>
      wanted === undefined || wanted.includes(name) || wanted.includes(generator.source),
  )
  const key = dataKey(EVENTS, SEED)
  const dataDir = join(BENCH, 'data', key)
  const runDir = join(BENCH, 'run', key)
  for (const folder of ['ocsf', 'findings', 'out', 'tmp'])
    mkdirSync(join(runDir, folder), { recursive: true })
  const tmp = join(runDir, 'tmp')

  const results: StageResult[] = []
  const floors: FloorResult[] = []
  const floorOf = async (
    input: string,
    files: readonly string[],
    text: boolean,
    records: number,
    bytes: number,
  ) => {
    const argv = [NODE, FLOOR, ...(text ? ['--text'] : []), ...files]
    const measurement = await fastest(() => measurePipe([{ argv }], '/dev/null', tmp))
    const floor: FloorResult = {
      input,
      records,
      bytes,
      seconds: measurement.seconds,
      cpuSeconds: measurement.cpuSeconds,
      peakMiB: measurement.peakMiB[0] ?? 0,
    }
    floors.push(floor)
    return floor
  }
  /** Runs one stage, or a pipe of several, over the floor's input and records it against the floor. */
  const measureStage = async (
    stage: string,
    kind: StageKind,
    floor: FloorResult,
    commands: readonly Command[],
    output: string,
    bound?: (output: string) => number,
  ) => {
    const measurement = await fastest(() => measurePipe(commands, output, tmp))
    const result: StageResult = {
      stage,
      kind,
      input: floor.input,
      records: floor.records,
      bytes: floor.bytes,
      seconds: measurement.seconds,
      cpuSeconds: measurement.cpuSeconds,
      floorSeconds: floor.seconds,
      floorCpuSeconds: floor.cpuSeconds,
      peakMiB: measurement.peakMiB,
      emitted: lineCount(output),
      boundRatio: bound?.(output),
    }
    results.push(result)
    log(
      `${stage}: ${(result.records / result.seconds).toFixed(0)} events/s, ${ratioOf(result).toFixed(2)}x floor (CPU ${cpuRatioOf(result).toFixed(2)}x${result.boundRatio === undefined ? '' : `, bound ${result.boundRatio.toFixed(2)}x`}), ${result.peakMiB.map((value) => value.toFixed(0)).join('/')} MiB; ${measurement.summaries.at(-1)}`,
    )
    return result
  }

  const inputs = new Map<string, { input: GeneratedInput; floor: FloorResult }>()
  const ocsfFiles: string[] = []
  for (const { name, generator } of ingesters) {
    const input = generateInput(generator, dataDir, EVENTS, SEED)
    const floor = await floorOf(generator.source, input.files, input.text, input.records, input.bytes)
    inputs.set(name, { input, floor })
    const output = join(runDir, 'ocsf', `${name}.jsonl`)
    await measureStage(
      name,
      'ingest',
      floor,
      [{ argv: [NODE, bundleOf(name), ...input.args, ...input.files] }],
      output,
      (ingested) => boundOf(input, ingested),
    )
    ocsfFiles.push(output)
  }

  const merged = join(runDir, 'merged.ocsf.jsonl')
  const mergedRecords = await mergeByTime(ocsfFiles, merged)
  const mergedBytes = statSync(merged).size
  log(`merged ${mergedRecords} OCSF events (${(mergedBytes / 1e6).toFixed(0)} MB) by time`)
  const mergedFloor = await floorOf('merged OCSF', [merged], false, mergedRecords, mergedBytes)
  const findingFiles: string[] = []
  for (const name of stages.detectors) {
    const output = join(runDir, 'findings', `${name}.jsonl`)
    const result = await measureStage(
      name,
      'detect',
      mergedFloor,
      [{ argv: [NODE, bundleOf(name), merged] }],
      output,
    )
    // With every source generated, each detector has attack patterns to find; with some, it may not.
    if (result.emitted === 0 && wanted === undefined)
      log(`*** ${name} found nothing: no generated attack pattern fires its rules ***`)
    findingFiles.push(output)
  }

  // Ingested findings (GuardDuty, Security Hub) are findings too: the converters read them with the detectors'.
  const ingestedFindings = ocsfFiles.filter((file) => /"class_uid":200[34]\b/.test(firstLine(file)))
  const findings = join(runDir, 'findings.jsonl')
  const findingRecords = await concatenate([...findingFiles, ...ingestedFindings], findings)
  const findingsFloor = await floorOf('findings', [findings], false, findingRecords, statSync(findings).size)
  for (const name of stages.converters) {
    const output = join(runDir, 'out', `${name}.out`)
    await measureStage(name, 'convert', findingsFloor, [{ argv: [NODE, bundleOf(name), findings] }], output)
  }

  for (const pipe of PIPES) {
    const source = inputs.get(pipe.ingester)
    const missing = [pipe.ingester, pipe.detector, pipe.converter].filter(
      (name) => !stages.scripts.includes(name),
    )
    if (source === undefined || missing.length > 0) {
      log(
        `*** pipe ${pipe.ingester} | ${pipe.detector} | ${pipe.converter} NOT measured: ${missing.join(', ') || 'source not generated'} ***`,
      )
      continue
    }
    const commands: Command[] = [
      { argv: [NODE, bundleOf(pipe.ingester), ...source.input.args, ...source.input.files] },
      { argv: [NODE, bundleOf(pipe.detector)] },
      { argv: [NODE, bundleOf(pipe.converter)] },
    ]
    const stage = `${pipe.ingester} \\| ${pipe.detector} \\| ${pipe.converter}`
    await measureStage(
      stage,
      'pipe',
      source.floor,
      commands,
      join(runDir, 'out', `pipe-${pipe.ingester}.out`),
    )
  }

  const coldStarts: ColdStartResult[] = []
  let node = { ms: 0, cpuMs: 0 }
  if (!values['skip-cold']) {
    const timing = (start: { medianMs: number; medianCpuMs: number }) => ({
      ms: start.medianMs,
      cpuMs: start.medianCpuMs,
    })
    node = timing(coldStart([NODE, '-e', '0'], COLD_RUNS, tmp))
    for (const name of stages.scripts) {
      const version = coldStart([NODE, bundleOf(name), '--version'], COLD_RUNS, tmp)
      const empty = coldStart([NODE, bundleOf(name), '-'], COLD_RUNS, tmp)
      coldStarts.push({
        script: name,
        version: timing(version),
        emptyInput: empty.status === 0 ? timing(empty) : undefined,
      })
    }
  }

  const machine = `${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`
  const report = [
    `# Benchmark: ${EVENTS.toLocaleString('en-US')} events per source, seed ${SEED}, best of ${REPEAT}`,
    '',
    machine,
    '',
    formatStages(results),
    '',
    formatFloors(floors),
    '',
    ...(coldStarts.length > 0
      ? [`Cold start, median of ${COLD_RUNS} runs:`, '', formatColdStarts(coldStarts, node), '']
      : []),
    ...(stages.ungenerated.length > 0
      ? [`Not measured (no generator): ${stages.ungenerated.join(', ')}`, '']
      : []),
  ].join('\n')
  process.stdout.write(`${report}\n`)
  writeFileSync(join(BENCH, `results-${EVENTS}.md`), `${report}\n`)
  writeFileSync(
    join(BENCH, `results-${EVENTS}.json`),
    `${JSON.stringify({ events: EVENTS, seed: SEED, machine, results, floors, coldStarts }, null, 2)}\n`,
  )
  rmSync(tmp, { recursive: true, force: true })
}

await main()

/**
 * Runs one process or one shell pipe under /usr/bin/time and reports its wall time and the peak
 * resident memory of each process in it; runs a script's cold start several times for a median.
 */
import { spawn, spawnSync } from 'node:child_process'
import { closeSync, openSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'

export interface Measurement {
  readonly seconds: number
  /** User plus system CPU time of all its processes: what the work cost, whatever else the machine ran. */
  readonly cpuSeconds: number
  /** Peak resident set of each process, in MiB, in pipe order. */
  readonly peakMiB: readonly number[]
  /** The last line each process wrote on stderr (a skill's summary). */
  readonly summaries: readonly string[]
}

export interface Command {
  readonly argv: readonly string[]
}

function shellQuote(argument: string): string {
  return /^[\w./:=@%+,-]+$/.test(argument) ? argument : `'${argument.replaceAll("'", "'\\''")}'`
}

/**
 * Runs `commands` as one shell pipe (one command is a pipe of one), stdout of the last into `outputFile`,
 * and waits. Fails if any step exits non-zero, so a broken stage never reports a speed. The first
 * command's arguments (an ingester's thousands of CloudTrail files) reach the shell as its positional
 * parameters: Linux limits one argument, the script, to 128 KiB.
 */
export async function measurePipe(
  commands: readonly Command[],
  outputFile: string,
  workDir: string,
): Promise<Measurement> {
  const steps = commands.map((command, index) => {
    const time = ['/usr/bin/time', '-f', '%M %U %S', '-o', join(workDir, `time-${index}.txt`)]
    const argv = index === 0 ? '"$@"' : command.argv.map(shellQuote).join(' ')
    return `${time.map(shellQuote).join(' ')} ${argv} 2> ${shellQuote(join(workDir, `stderr-${index}.txt`))}`
  })
  const script = `set -o pipefail; ${steps.join(' | ')} > ${shellQuote(outputFile)}`
  const started = performance.now()
  const status = await new Promise<number | null>((resolve, reject) => {
    const child = spawn('bash', ['-c', script, 'bash', ...(commands[0]?.argv ?? [])], {
      stdio: ['ignore', 'inherit', 'inherit'],
    })
    child.on('error', reject)
    child.on('close', resolve)
  })
  const seconds = (performance.now() - started) / 1000
  const summaries = commands.map((_, index) => lastLine(join(workDir, `stderr-${index}.txt`)))
  if (status !== 0) {
    throw new Error(
      `exit status ${status} from: ${commands.map((command) => command.argv.slice(1, 2).join(' ')).join(' | ')}\n${summaries.join('\n')}`,
    )
  }
  const peakMiB: number[] = []
  let cpuSeconds = 0
  commands.forEach((_, index) => {
    const file = join(workDir, `time-${index}.txt`)
    const [kib, user, system] = (readFileSync(file, 'utf8').trim().split('\n').at(-1) ?? '')
      .split(' ')
      .map(Number)
    rmSync(file)
    peakMiB.push((kib ?? 0) / 1024)
    cpuSeconds += (user ?? 0) + (system ?? 0)
  })
  return { seconds, cpuSeconds, peakMiB, summaries }
}

function lastLine(file: string): string {
  const lines = readFileSync(file, 'utf8').trim().split('\n')
  rmSync(file)
  return lines.at(-1) ?? ''
}

export interface ColdStart {
  readonly medianMs: number
  /** User plus system CPU time, median: what starting costs, however busy the machine is. */
  readonly medianCpuMs: number
  readonly status: number | null
}

function median(values: number[]): number {
  values.sort((a, b) => a - b)
  return values[Math.floor(values.length / 2)] ?? 0
}

/** The median wall and CPU time of `runs` starts, stdin empty and output discarded. */
export function coldStart(argv: readonly string[], runs: number, workDir: string): ColdStart {
  const wall: number[] = []
  const cpu: number[] = []
  let status: number | null = 0
  const timeFile = join(workDir, 'cold-start-time.txt')
  const empty = openSync('/dev/null', 'r')
  for (let run = 0; run < runs; run += 1) {
    const started = performance.now()
    const result = spawnSync('/usr/bin/time', ['-f', '%U %S', '-o', timeFile, ...argv], {
      stdio: [empty, 'ignore', 'ignore'],
      timeout: 30_000,
    })
    wall.push(performance.now() - started)
    const [user, system] = (readFileSync(timeFile, 'utf8').trim().split('\n').at(-1) ?? '')
      .split(' ')
      .map(Number)
    cpu.push(((user ?? 0) + (system ?? 0)) * 1000)
    status = result.status
  }
  closeSync(empty)
  rmSync(timeFile, { force: true })
  return { medianMs: median(wall), medianCpuMs: median(cpu), status }
}

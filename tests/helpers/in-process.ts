/** Runs a record processor in-process over values or text, the way the harness does, and collects what it writes. */
import { PassThrough } from 'node:stream'
import {
  inputFromText,
  Output,
  type RecordProcessor,
  RecordRunner,
  Reporter,
  readInputItems,
} from '#shared/io/index.ts'

export interface ProcessorRun {
  readonly text: string
  readonly events: unknown[]
  readonly reporter: Reporter
  readonly warnings: string[]
}

export async function runProcessor(
  processor: RecordProcessor,
  input: readonly unknown[] | string,
  source = 'test.jsonl',
): Promise<ProcessorRun> {
  const sink = new PassThrough()
  const chunks: Buffer[] = []
  sink.on('data', (chunk: Buffer) => chunks.push(chunk))
  const warnings: string[] = []
  const reporter = new Reporter({ skill: 'test', writeStderr: (line) => warnings.push(line), quiet: true })
  const runner = new RecordRunner(processor, reporter, Output.toStream(sink))
  const text = typeof input === 'string' ? input : input.map((value) => JSON.stringify(value)).join('\n')
  await runner.consume(readInputItems(inputFromText(source, text)))
  await runner.finish()
  sink.end()
  const output = Buffer.concat(chunks).toString('utf8')
  return { text: output, events: jsonlEvents(output), reporter, warnings }
}

/** The events of JSONL output; empty when the output is one document instead (SARIF, Mermaid). */
function jsonlEvents(output: string): unknown[] {
  const lines = output.split('\n').filter((line) => line.length > 0)
  try {
    return lines.map((line) => JSON.parse(line) as unknown)
  } catch {
    return []
  }
}

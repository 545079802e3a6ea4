/** Options every ingester takes. */
import type { Command } from 'commander'
import { type CommonOptions, timeOption } from '../cli/index.ts'

export interface IngestOptions extends CommonOptions {
  /** Epoch ms to stamp on records that carry no usable time; absent means such records are reported. */
  assumeTime?: number
}

export function addIngestOptions(program: Command): Command {
  return program.option(
    '--assume-time <rfc3339>',
    'stamp records that carry no usable timestamp with this time (labelled time-assumed) instead of reporting them',
    timeOption,
  )
}

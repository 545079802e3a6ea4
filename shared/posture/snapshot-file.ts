/**
 * Snapshots: the exact configuration the checks read, as one JSON document, so an evaluation can be
 * rerun offline with no credentials and gives the same findings every time.
 */
import { readFile } from 'node:fs/promises'
import { InputError } from '../errors/index.ts'
import type { z } from '../json/zod.ts'
import { parseEventTime } from '../ocsf/index.ts'

/** The envelope every collector writes around its data. */
export interface SnapshotFile<Data> {
  /** Which collector wrote it, e.g. "cspm-aws-cis-benchmark". */
  readonly kind: string
  /** RFC 3339 time of collection; becomes the findings' time. */
  readonly collected_at: string
  /** Sections that could not be collected, with the reason; their controls report Unknown. */
  readonly errors: Readonly<Record<string, string>>
  readonly data: Data
}

export async function readSnapshot<Data>(
  path: string,
  kind: string,
  dataSchema: z.ZodType<Data>,
): Promise<SnapshotFile<Data>> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    throw new InputError(
      `${path}: cannot be read (${(error as NodeJS.ErrnoException).code ?? 'unknown error'})`,
    )
  }
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    throw new InputError(`${path}: not a JSON snapshot (${(error as Error).message})`)
  }
  const envelope = value as Partial<SnapshotFile<unknown>>
  if (envelope?.kind !== kind)
    throw new InputError(`${path}: not a ${kind} snapshot (kind is ${String(envelope?.kind)})`)
  if (typeof envelope.collected_at !== 'string' || parseEventTime(envelope.collected_at) === undefined) {
    throw new InputError(`${path}: collected_at must be an RFC 3339 time`)
  }
  const data = dataSchema.safeParse(envelope.data)
  if (!data.success) {
    const issue = data.error.issues[0]
    throw new InputError(
      `${path}: snapshot data is not valid at ${issue?.path.join('.') ?? '?'}: ${issue?.message ?? ''}`,
    )
  }
  const errors = typeof envelope.errors === 'object' && envelope.errors !== null ? envelope.errors : {}
  return {
    kind,
    collected_at: envelope.collected_at,
    errors: errors as Record<string, string>,
    data: data.data,
  }
}

/** Snapshots are written with sorted keys nowhere needed: collectors build them in a fixed order. */
export function serialiseSnapshot<Data>(snapshot: SnapshotFile<Data>): string {
  return `${JSON.stringify(snapshot, null, 2)}\n`
}

/**
 * Change detection across runs: the state file keeps, for every identity planned, a hash of the HR record
 * and of the identity as read. A rerun over the same export plans only identities that are new or whose
 * record or holdings changed. The file holds the identities of the last run only, so it stays the size
 * of one export.
 */
import { readFile, rename, writeFile } from 'node:fs/promises'
import { InputError } from '#shared/errors/index.ts'
import { asObject, canonicalJson, sha256Hex } from '#shared/json/index.ts'
import type { Identity } from '#shared/remediate/index.ts'
import type { Departure } from './departure.ts'

export type ChangeState = Map<string, string>

export function fingerprintOf(departure: Departure, identity: Identity): string {
  const record = {
    email: departure.email,
    employee_id: departure.employeeId,
    termination_date: departure.terminationDate,
    rehire_date: departure.rehireDate,
  }
  return sha256Hex(canonicalJson({ record, identity }))
}

export async function readChangeState(path: string): Promise<ChangeState> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return new Map()
    throw new InputError(`${path}: the state file cannot be read (${(error as NodeJS.ErrnoException).code})`)
  }
  let records: Record<string, unknown> | undefined
  try {
    records = asObject(asObject(JSON.parse(text))?.records)
  } catch {
    records = undefined
  }
  if (records === undefined) throw new InputError(`${path}: not a state file (expected {"records": {...}})`)
  const state: ChangeState = new Map()
  for (const [key, hash] of Object.entries(records)) if (typeof hash === 'string') state.set(key, hash)
  return state
}

/** Written beside the target and renamed over it, so an interrupted run never leaves half a file. */
export async function writeChangeState(path: string, state: ChangeState): Promise<void> {
  const records = Object.fromEntries([...state.entries()].sort(([a], [b]) => a.localeCompare(b)))
  const temporary = `${path}.${process.pid}.tmp`
  await writeFile(temporary, `${JSON.stringify({ version: 1, records }, null, 2)}\n`)
  await rename(temporary, path)
}

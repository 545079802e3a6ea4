/** Validates any emitted event against the zod model of its class. */
import type { z } from '../json/zod.ts'
import { OCSF_VERSION } from './event-classes.ts'
import {
  AccountChange,
  ApiActivity,
  CloudResourcesInventoryInfo,
  ComplianceFinding,
  DetectionFinding,
  HttpActivity,
  NetworkActivity,
} from './schema/classes.ts'

const MODELS: Readonly<Record<number, z.ZodType>> = {
  6003: ApiActivity,
  4001: NetworkActivity,
  4002: HttpActivity,
  2004: DetectionFinding,
  2003: ComplianceFinding,
  3001: AccountChange,
  5023: CloudResourcesInventoryInfo,
}

export const MODELLED_CLASS_UIDS: readonly number[] = Object.keys(MODELS).map(Number)

/** Problems as `path: message` lines; empty when the event is valid OCSF 1.8.0 of a modelled class. */
export function ocsfProblems(event: unknown): string[] {
  const classUid = (event as { class_uid?: unknown } | null)?.class_uid
  const model = typeof classUid === 'number' ? MODELS[classUid] : undefined
  if (model === undefined) return [`class_uid: ${String(classUid)} is not a class the toolkit emits`]
  const result = model.safeParse(event)
  const problems = result.success
    ? []
    : result.error.issues.map((issue) => `${issue.path.join('.') || '(event)'}: ${issue.message}`)
  const version = (event as { metadata?: { version?: unknown } }).metadata?.version
  if (version !== OCSF_VERSION) problems.push(`metadata.version: must be ${OCSF_VERSION}`)
  return problems
}

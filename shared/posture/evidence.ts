/**
 * A fact a posture control reads, as the input states it: known (with the line that states it), unknown
 * (the input cannot tell, and why), or not applicable (the input holds nothing it applies to, and why).
 * Controls turn the last two into Unknown and Not Applicable outcomes with the reason, never into a pass.
 */
import type { ControlStatus } from '../ocsf/index.ts'

export type Evidence<Value> =
  | { readonly state: 'known'; readonly value: Value; readonly line?: number }
  | { readonly state: 'unknown'; readonly why: string }
  | { readonly state: 'not-applicable'; readonly why: string }

export function known<Value>(value: Value, line?: number): Evidence<Value> {
  return { state: 'known', value, line }
}

export function unknown<Value>(why: string): Evidence<Value> {
  return { state: 'unknown', why }
}

export function notApplicable<Value>(why: string): Evidence<Value> {
  return { state: 'not-applicable', why }
}

export interface EvidenceJudgement {
  readonly status: ControlStatus
  readonly detail: string
  /** The line that states the fact, when the input names one. */
  readonly line?: number
}

/**
 * Judges one fact about a named subject: an unknown or not-applicable fact becomes an outcome of that
 * status with its reason; a known value goes to the control's own judgement.
 */
export function judgeEvidence<Value>(
  name: string,
  evidence: Evidence<Value>,
  judge: (value: Value) => { status: ControlStatus; detail: string },
): EvidenceJudgement {
  if (evidence.state === 'unknown') return { status: 'unknown', detail: `${name}: ${evidence.why}.` }
  if (evidence.state === 'not-applicable')
    return { status: 'not-applicable', detail: `${name}: ${evidence.why}.` }
  return { ...judge(evidence.value), line: evidence.line }
}

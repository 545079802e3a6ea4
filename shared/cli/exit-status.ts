/**
 * The exit-status contract every skill keeps, so a shell or CI job can tell "found something"
 * from "could not run". ARCHITECTURE.md documents the same table.
 */
import { InputError, RefusedError, ServiceError, UsageError } from '../errors/index.ts'

export const EXIT_STATUS = {
  /** The run completed; skipped records, if any, are in the summary. */
  success: 0,
  /** Completed, and findings at or above the --fail-on severity exist (only when asked). */
  findings: 1,
  /** Bad flags, arguments or option values. */
  usage: 2,
  /** An input cannot be read, or the output cannot be written. */
  input: 3,
  /** A cloud or cluster API failed: credentials, permission, throttling that did not clear. */
  service: 4,
  /** A write run finished, but some actions failed (they are in the dead-letter file). */
  partialFailure: 5,
  /** A write was refused before it started: no approval, a changed plan, an audit write that failed. */
  refused: 6,
  /** A defect in the toolkit: the message has a stack trace. */
  internal: 70,
  /** Interrupted by SIGINT. */
  interrupted: 130,
  /** Terminated by SIGTERM. */
  terminated: 143,
} as const

export type ExitStatus = (typeof EXIT_STATUS)[keyof typeof EXIT_STATUS]

/** The one place errors become exit statuses. */
export function exitStatusOf(error: unknown): ExitStatus {
  if (error instanceof UsageError) return EXIT_STATUS.usage
  if (error instanceof InputError) return EXIT_STATUS.input
  if (error instanceof ServiceError) return EXIT_STATUS.service
  if (error instanceof RefusedError) return EXIT_STATUS.refused
  return EXIT_STATUS.internal
}

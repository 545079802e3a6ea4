/**
 * The toolkit's error classes. Code anywhere throws them; shared/cli alone turns them into
 * a one-line message and an exit status (see exitStatusOf there).
 */

/** Bad flags, arguments or option values: exit status 2. */
export class UsageError extends Error {
  override name = 'UsageError'
}

/** An input that cannot be read at all (missing, a directory, no permission): exit status 3. */
export class InputError extends Error {
  override name = 'InputError'
}

/** A cloud or cluster API refused or failed (credentials, permission, throttling exhausted): exit status 4. */
export class ServiceError extends Error {
  override name = 'ServiceError'
  constructor(
    message: string,
    readonly service: string,
    options?: { cause?: unknown },
  ) {
    super(message, options)
  }
}

/** A write was refused before it started (no approval, plan changed since approval, audit write failed): exit status 6. */
export class RefusedError extends Error {
  override name = 'RefusedError'
}

/** Thrown by a record processor for one input record; the record is skipped and reported, the run goes on. */
export class RecordError extends Error {
  override name = 'RecordError'
  constructor(
    readonly reason: string,
    readonly detail?: string,
  ) {
    super(detail === undefined ? reason : `${reason}: ${detail}`)
  }
}

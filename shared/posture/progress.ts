/**
 * Progress while collecting, on stderr: a rewritten status line on a terminal, nothing otherwise, so CI logs
 * stay clean; the summary line the harness prints is the record either way.
 */
export interface Progress {
  step(label: string): void
  done(): void
}

export function createProgress(stream: NodeJS.WriteStream = process.stderr, skill = ''): Progress {
  if (!stream.isTTY) return { step: () => {}, done: () => {} }
  let steps = 0
  return {
    step(label) {
      steps += 1
      stream.write(`\r\u001b[2K${skill}: collecting ${label} (${steps})`)
    },
    done() {
      if (steps > 0) stream.write('\r\u001b[2K')
    },
  }
}

/** For tests and for callers that want no output. */
export const SILENT_PROGRESS: Progress = { step: () => {}, done: () => {} }

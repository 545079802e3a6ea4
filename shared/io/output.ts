/**
 * Where a skill writes: standard output or the file named by -o. Writes wait for the stream to drain
 * (backpressure), and a reader that goes away (`| head`) ends the run quietly instead of failing it.
 */

import { once } from 'node:events'
import { createWriteStream } from 'node:fs'
import type { Writable } from 'node:stream'
import { InputError } from '../errors/index.ts'

/** The reader of our output has gone away; the harness ends the run with status 0 and no message. */
export class OutputClosedError extends Error {
  override name = 'OutputClosedError'
}

function isClosedPipe(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  return code === 'EPIPE' || code === 'ERR_STREAM_DESTROYED' || code === 'ERR_STREAM_WRITE_AFTER_END'
}

export class Output {
  private failure: Error | undefined

  private constructor(
    private readonly stream: Writable,
    private readonly ownsStream: boolean,
  ) {
    stream.on('error', (error) => {
      this.failure = isClosedPipe(error) ? new OutputClosedError('output closed') : error
    })
  }

  /** Any writable stream; the caller keeps ownership (tests collect output this way). */
  static toStream(stream: Writable): Output {
    return new Output(stream, false)
  }

  static toStdout(): Output {
    return new Output(process.stdout, false)
  }

  static async toFile(path: string): Promise<Output> {
    const stream = createWriteStream(path)
    try {
      await once(stream, 'open')
    } catch (error) {
      throw new InputError(
        `${path}: cannot be written (${(error as NodeJS.ErrnoException).code ?? 'unknown error'})`,
      )
    }
    return new Output(stream, true)
  }

  static async open(path: string | undefined): Promise<Output> {
    return path === undefined || path === '-' ? Output.toStdout() : Output.toFile(path)
  }

  /** Writes text, waiting when the reader is slower than we are. */
  async write(text: string): Promise<void> {
    if (this.failure !== undefined) throw this.failure
    if (text.length === 0) return
    let writable: boolean
    try {
      writable = this.stream.write(text)
    } catch (error) {
      throw isClosedPipe(error) ? new OutputClosedError('output closed') : error
    }
    if (!writable) await this.drained()
    if (this.failure !== undefined) throw this.failure
  }

  private async drained(): Promise<void> {
    await new Promise<void>((resolve) => {
      const done = () => {
        this.stream.off('drain', done)
        this.stream.off('error', done)
        this.stream.off('close', done)
        resolve()
      }
      this.stream.on('drain', done)
      this.stream.on('error', done)
      this.stream.on('close', done)
    })
  }

  async close(): Promise<void> {
    if (this.failure !== undefined) throw this.failure
    if (!this.ownsStream) return
    this.stream.end()
    await once(this.stream, 'finish')
  }
}

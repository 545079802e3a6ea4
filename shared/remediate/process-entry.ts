/**
 * Whether a bundle runs as the command (`node dist/x.mjs`, or its npm bin link) rather than being loaded
 * by a host such as the AWS Lambda runtime, which imports the same bundle for its `handler` export.
 */
import { realpathSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

export function isProcessEntry(moduleUrl: string): boolean {
  const script = process.argv[1]
  if (script === undefined) return false
  try {
    return realpathSync(script) === realpathSync(fileURLToPath(moduleUrl))
  } catch {
    return false
  }
}

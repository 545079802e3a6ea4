/** Where things are: the repository, its built scripts, and the shared corpus and validators beside it. */
import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'

export const ROOT = resolve(import.meta.dirname, '..', '..')
export const DIST = join(ROOT, 'dist')
export const GOLDEN = join(ROOT, 'golden')

/**
 * The third-party corpus, official schemas and independent validators live beside the checkout in
 * ../shared. Tests that need them skip when it is absent, unless REQUIRE_SHARED=1 (as in CI) makes that an error.
 */
export const SHARED = resolve(ROOT, '..', 'shared')
export const HAS_SHARED = existsSync(join(SHARED, 'tools', 'ocsf-validate.py'))
if (!HAS_SHARED && process.env.REQUIRE_SHARED === '1') {
  throw new Error(`REQUIRE_SHARED=1 but ${SHARED} has no tools/ocsf-validate.py`)
}

export function corpusFile(...parts: string[]): string {
  return join(SHARED, 'corpus', ...parts)
}

export function skillScript(skill: string): string {
  return join(DIST, `${skill}.mjs`)
}

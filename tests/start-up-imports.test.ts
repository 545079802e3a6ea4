/**
 * What each built script loads before it reads a byte: the chunks it imports statically, followed from
 * the script through every chunk. Cloud SDKs load only in a live mode, the YAML parser only when there is
 * a file to read, zod only when there is something to validate; starting with them costs every run.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DIST } from './helpers/paths.ts'

/** Static `import … from "./chunk"` and bare `import "./chunk"` lines; `import()` is on demand and not followed. */
const STATIC_IMPORT = /^(?:import|export)\s[^;]*?\sfrom\s*"(\.[^"]+)";?$|^import\s*"(\.[^"]+)";?$/gms

/** esbuild names each bundled package file in a comment: `// node_modules/yaml/dist/...`. */
const BUNDLED_PACKAGE = /^\/\/ node_modules\/((?:@[^/]+\/)?[^/]+)\//gm

function startUpFiles(script: string): Set<string> {
  const files = new Set<string>()
  const pending = [join(DIST, script)]
  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    if (files.has(file)) continue
    files.add(file)
    for (const match of readFileSync(file, 'utf8').matchAll(STATIC_IMPORT)) {
      pending.push(resolve(dirname(file), match[1] ?? match[2] ?? ''))
    }
  }
  return files
}

function startUpPackages(script: string): string[] {
  const packages = new Set<string>()
  for (const file of startUpFiles(script)) {
    for (const match of readFileSync(file, 'utf8').matchAll(BUNDLED_PACKAGE)) packages.add(match[1] ?? '')
  }
  return [...packages].sort()
}

/** The remediation skills check the plan or the approval they are given against its schema on every run. */
function allowedAtStart(script: string): string[] {
  return script.startsWith('remediate-') ? ['commander', 'zod'] : ['commander']
}

const SCRIPTS = readdirSync(DIST).filter((name) => name.endsWith('.mjs'))

describe('start-up imports of the built scripts', () => {
  it('finds every built script, and the chunks they share', () => {
    expect(SCRIPTS.length).toBeGreaterThanOrEqual(36)
    expect(startUpFiles('ingest-k8s-audit-ocsf.mjs').size).toBeGreaterThan(1)
  })

  it.each(SCRIPTS)('%s starts with no cloud SDK, YAML parser or validator it does not need', (script) => {
    const extra = startUpPackages(script).filter((name) => !allowedAtStart(script).includes(name))
    expect(extra).toEqual([])
  })

  it('sees a package imported at start: the CLI harness is', () => {
    expect(startUpPackages('convert-ocsf-to-sarif.mjs')).toContain('commander')
  })
})

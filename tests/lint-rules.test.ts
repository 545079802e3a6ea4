/**
 * The lint rules that keep skills and shared/ from running code built from input hold: each forbidden
 * construct, written into a file where skill code lives, is an error, and ordinary code is not. Biome runs
 * with the repository's own biome.json and GritQL plugins, copied beside the probe files in a temporary
 * folder so nothing is written into skills/ (version control is off there: the folder is no checkout).
 */
import { spawnSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { ROOT } from './helpers/paths.ts'

const FORBIDDEN: ReadonlyArray<readonly [string, string]> = [
  ['eval', "export const value = eval('1 + 1')\n"],
  ['the Function constructor', "export const add = new Function('a', 'b', 'return a + b')\n"],
  ['child_process', "import { spawn } from 'node:child_process'\nexport const start = spawn\n"],
  [
    'child_process without the node: prefix',
    "import { exec } from 'child_process'\nexport const run = exec\n",
  ],
  ['vm', "import { runInNewContext } from 'node:vm'\nexport const run = runInNewContext\n"],
  ['worker_threads', "import { Worker } from 'node:worker_threads'\nexport const start = Worker\n"],
  ['createRequire', "import { createRequire } from 'node:module'\nexport const load = createRequire\n"],
  ['a computed import()', 'export async function load(name: string) {\n  return import(name)\n}\n'],
  [
    'a computed import() of a concatenation',
    "export async function load(name: string) {\n  return import('./' + name)\n}\n",
  ],
  [
    'a computed require()',
    "declare const require: (id: string) => unknown\nexport const load = (name: string) => require('./' + name)\n",
  ],
  ['process.binding', "export const tcp = process.binding('tcp_wrap')\n"],
  ['process._linkedBinding', "export const linked = process._linkedBinding('x')\n"],
  ['process.dlopen', "export const open = () => process.dlopen({ exports: {} }, 'addon.node')\n"],
  ['WebAssembly', 'export const compile = (bytes: Uint8Array) => WebAssembly.compile(bytes)\n'],
  [
    'zod other than the jitless one in shared/json',
    "import * as z from 'zod'\nexport const name = z.string()\n",
  ],
]

const ALLOWED = [
  "import { readFile } from 'node:fs/promises'\nexport const read = readFile\n",
  "export async function loadSdk() {\n  return import('@aws-sdk/client-cloudtrail')\n}\n",
].join('\n')

const dir = mkdtempSync(join(tmpdir(), 'lint-rules-'))
const probeDir = join(dir, 'skills', 'ingest', 'lint-probe', 'src')
let diagnostics: Array<{ category?: string; severity?: string; location?: { path?: string } }> = []

function probeFile(index: number): string {
  return `forbidden-${index}.ts`
}

beforeAll(() => {
  const config = JSON.parse(readFileSync(join(ROOT, 'biome.json'), 'utf8')) as Record<string, unknown>
  config.vcs = { enabled: false }
  writeFileSync(join(dir, 'biome.json'), JSON.stringify(config))
  cpSync(join(ROOT, 'scripts', 'lint'), join(dir, 'scripts', 'lint'), { recursive: true })
  mkdirSync(probeDir, { recursive: true })
  FORBIDDEN.forEach(([, code], index) => {
    writeFileSync(join(probeDir, probeFile(index)), code)
  })
  writeFileSync(join(probeDir, 'allowed.ts'), ALLOWED)
  const biome = join(ROOT, 'node_modules', '.bin', 'biome')
  const run = spawnSync(biome, ['lint', '--reporter=json', '.'], { cwd: dir, encoding: 'utf8' })
  diagnostics = (JSON.parse(run.stdout) as { diagnostics: typeof diagnostics }).diagnostics
})

/** The rules under test; a probe that breaks some other rule (style, formatting) proves nothing. */
const SECURITY_RULES = new Set([
  'plugin',
  'lint/security/noGlobalEval',
  'lint/style/noRestrictedGlobals',
  'lint/style/noRestrictedImports',
])

function errorsIn(file: string): string[] {
  return diagnostics
    .filter(
      (diagnostic) => diagnostic.severity === 'error' && diagnostic.location?.path?.endsWith(`/src/${file}`),
    )
    .map((diagnostic) => diagnostic.category ?? 'unknown')
    .filter((category) => SECURITY_RULES.has(category))
}

describe('lint rules for skills and shared code', () => {
  it.each(FORBIDDEN.map(([name], index) => [name, index] as const))('forbid %s', (_name, index) => {
    expect(errorsIn(probeFile(index)).length).toBeGreaterThan(0)
  })

  it('allow literal imports, including the lazy SDK import of live mode', () => {
    expect(errorsIn('allowed.ts')).toEqual([])
  })
})

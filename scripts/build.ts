/**
 * Bundles every skill into dist/<skill>.mjs: one ES module per skill with a shebang, runnable with
 * `node dist/<skill>.mjs` from anywhere, with no node_modules beside it. Code is split into shared
 * chunks in dist/chunks/, so what a skill loads only on demand (a cloud SDK for live mode, the zod
 * models for the first finding) stays out of its start-up: a skill starts by loading only what every
 * run needs. dist/ is copied or installed as a whole.
 */
import {
  chmodSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { basename, join } from 'node:path'
import { build } from 'esbuild'
import { lazyPackageImports } from './lazy-package-imports.ts'
import { findSkills, ROOT } from './skills.ts'

const DIST = join(ROOT, 'dist')
const CHUNKS = 'chunks'
/** The chunk files of the latest build, one a line. */
const LATEST_CHUNKS = join(DIST, CHUNKS, '.latest-build')

// CommonJS dependencies inside an ES module bundle still call require; give them Node's.
const BANNER = [
  '#!/usr/bin/env node',
  "import { createRequire as __createRequire } from 'node:module';",
  'const require = __createRequire(import.meta.url);',
].join('\n')

const skills = findSkills()
// Build beside dist/ and move each bundle in with an atomic rename, so a pipe or test running from dist/
// while a build happens never sees a half-written script.
const staging = join(ROOT, `.dist-staging-${process.pid}`)
rmSync(staging, { recursive: true, force: true })
mkdirSync(DIST, { recursive: true })
const result = await build({
  absWorkingDir: ROOT,
  entryPoints: Object.fromEntries(skills.map((skill) => [skill.name, skill.entry])),
  outdir: staging,
  outExtension: { '.js': '.mjs' },
  bundle: true,
  splitting: true,
  chunkNames: `${CHUNKS}/[name]-[hash]`,
  platform: 'node',
  format: 'esm',
  target: 'node22',
  banner: { js: BANNER },
  legalComments: 'eof',
  logLevel: 'warning',
  metafile: true,
  plugins: [lazyPackageImports],
})
const bundles = new Set(skills.map((skill) => `${skill.name}.mjs`))
// Chunks first: their names carry a hash of their content, so a new chunk never replaces one a running
// script uses, and every chunk a new entry imports is in place before the entry is.
mkdirSync(join(DIST, CHUNKS), { recursive: true })
const chunks = existsSync(join(staging, CHUNKS)) ? readdirSync(join(staging, CHUNKS)) : []
for (const chunk of chunks) renameSync(join(staging, CHUNKS, chunk), join(DIST, CHUNKS, chunk))
for (const bundle of bundles) {
  chmodSync(join(staging, bundle), 0o755)
  renameSync(join(staging, bundle), join(DIST, bundle))
}
rmSync(staging, { recursive: true, force: true })
for (const file of readdirSync(DIST)) {
  if (!bundles.has(file) && file !== CHUNKS) rmSync(join(DIST, file), { recursive: true, force: true })
}
// The previous build's chunks stay one build longer: a script started before this build may still
// import one of them lazily (its first finding, its live mode).
const previous = existsSync(LATEST_CHUNKS) ? readFileSync(LATEST_CHUNKS, 'utf8').split('\n') : []
const kept = new Set([...chunks, ...previous, basename(LATEST_CHUNKS)])
for (const file of readdirSync(join(DIST, CHUNKS))) {
  if (!kept.has(file)) rmSync(join(DIST, CHUNKS, file), { force: true })
}
writeFileSync(LATEST_CHUNKS, chunks.join('\n'))
const lines: string[] = []
let chunkBytes = 0
for (const [file, output] of Object.entries(result.metafile.outputs)) {
  if (bundles.has(basename(file)))
    lines.push(`dist/${basename(file)} ${(output.bytes / 1024).toFixed(0)} KiB`)
  else chunkBytes += output.bytes
}
console.log(
  `built ${skills.length} skill(s), sharing ${chunks.length} chunk(s) of ${(chunkBytes / 2 ** 20).toFixed(1)} MiB in dist/${CHUNKS}/:\n  ${lines.join('\n  ')}`,
)

/**
 * Bundles every skill into dist/<skill>.mjs: one standalone ES module per skill with a shebang,
 * runnable with `node dist/<skill>.mjs` from anywhere, with no node_modules beside it.
 */
import { chmodSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs'
import { basename, join } from 'node:path'
import { build } from 'esbuild'
import { findSkills, ROOT } from './skills.ts'

const DIST = join(ROOT, 'dist')

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
  platform: 'node',
  format: 'esm',
  target: 'node22',
  banner: { js: BANNER },
  legalComments: 'eof',
  logLevel: 'warning',
  metafile: true,
})
const bundles = new Set(skills.map((skill) => `${skill.name}.mjs`))
for (const bundle of bundles) {
  chmodSync(join(staging, bundle), 0o755)
  renameSync(join(staging, bundle), join(DIST, bundle))
}
rmSync(staging, { recursive: true, force: true })
for (const file of readdirSync(DIST)) {
  if (!bundles.has(file)) rmSync(join(DIST, file), { recursive: true, force: true })
}
const lines = Object.entries(result.metafile.outputs).map(
  ([file, output]) => `dist/${basename(file)} ${(output.bytes / 1024).toFixed(0)} KiB`,
)
console.log(`built ${skills.length} skill(s):\n  ${lines.join('\n  ')}`)

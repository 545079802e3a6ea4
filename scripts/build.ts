/**
 * Bundles every skill into dist/<skill>.mjs: one standalone ES module per skill with a shebang,
 * runnable with `node dist/<skill>.mjs` from anywhere, with no node_modules beside it.
 */
import { chmodSync, mkdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
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
rmSync(DIST, { recursive: true, force: true })
mkdirSync(DIST, { recursive: true })
const result = await build({
  absWorkingDir: ROOT,
  entryPoints: Object.fromEntries(skills.map((skill) => [skill.name, skill.entry])),
  outdir: DIST,
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
for (const skill of skills) chmodSync(join(DIST, `${skill.name}.mjs`), 0o755)
const sizes = Object.entries(result.metafile.outputs).map(
  ([file, output]) => `${file} ${(output.bytes / 1024).toFixed(0)} KiB`,
)
console.log(`built ${skills.length} skill(s):\n  ${sizes.join('\n  ')}`)

/**
 * An esbuild plugin for the split build. With code splitting, a dynamic import() of a CommonJS package
 * yields only its `default` export (https://github.com/evanw/esbuild/issues/3245), so
 * `const { CloudTrailClient } = await import('@aws-sdk/client-cloudtrail')` would read undefined in
 * dist/ while working from source. Each dynamic import of a package is routed through a small ES module
 * that names every export the package has, as Node itself loads it at build time, so the bundle sees
 * exactly what the source sees.
 */
import { createRequire } from 'node:module'
import { join } from 'node:path'
import type { Plugin } from 'esbuild'

const NAMESPACE = 'lazy-package'
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/
/** Names an `export const` cannot take. */
const RESERVED = new Set(['default', '__esModule', 'class', 'delete', 'export', 'import', 'new', 'function'])

function exportsModule(specifier: string, resolveDir: string): string {
  const loaded = createRequire(join(resolveDir, 'noop.js'))(specifier) as Record<string, unknown>
  const lines = [`import * as lazyPackage from ${JSON.stringify(specifier)}`]
  for (const name of Object.keys(loaded).sort()) {
    if (IDENTIFIER.test(name) && !RESERVED.has(name)) lines.push(`export const ${name} = lazyPackage.${name}`)
  }
  if (Object.hasOwn(loaded, 'default')) lines.push('export default lazyPackage.default')
  return lines.join('\n')
}

export const lazyPackageImports: Plugin = {
  name: NAMESPACE,
  setup(build) {
    build.onResolve({ filter: /^[^./#]/ }, (args) => {
      if (args.kind !== 'dynamic-import' || args.path.startsWith('node:')) return undefined
      return { path: args.path, namespace: NAMESPACE, pluginData: { resolveDir: args.resolveDir } }
    })
    build.onLoad({ filter: /.*/, namespace: NAMESPACE }, (args) => {
      const { resolveDir } = args.pluginData as { resolveDir: string }
      return { contents: exportsModule(args.path, resolveDir), resolveDir, loader: 'js' }
    })
  },
}

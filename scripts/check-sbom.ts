/**
 * Checks the CycloneDX SBOM `npm sbom` wrote (path as the only argument): JSON in the CycloneDX format,
 * describing this package, with components that each carry a name, a version and a package URL, and
 * every runtime dependency of package.json among them. Run by .ci/run; exits 1 naming what is wrong.
 * The last check is why .ci/run lists the whole tree: `npm sbom --omit dev` (npm 11) leaves out `yaml`,
 * a runtime dependency that a build tool also depends on.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { ROOT } from './skills.ts'

interface Component {
  readonly name?: string
  readonly group?: string
  readonly version?: string
  readonly purl?: string
}

interface Sbom {
  readonly bomFormat?: string
  readonly specVersion?: string
  readonly metadata?: { readonly component?: Component }
  readonly components?: readonly Component[]
}

interface PackageJson {
  readonly name: string
  readonly version: string
  readonly dependencies?: object
}

export function sbomProblems(sbom: Sbom, packageJson: PackageJson): string[] {
  const problems: string[] = []
  if (sbom.bomFormat !== 'CycloneDX') problems.push(`bomFormat is ${String(sbom.bomFormat)}, not CycloneDX`)
  if (typeof sbom.specVersion !== 'string') problems.push('has no specVersion')
  // By package URL: npm names the root component after the checkout's folder.
  const purl = `pkg:npm/${packageJson.name}@${packageJson.version}`
  if (sbom.metadata?.component?.purl !== purl)
    problems.push(`describes ${String(sbom.metadata?.component?.purl)}, not ${purl}`)
  const components = sbom.components ?? []
  if (components.length === 0) problems.push('lists no components')
  for (const component of components) {
    if (!component.name || !component.version || !component.purl)
      problems.push(`component ${component.name ?? '(no name)'} lacks a name, version or purl`)
  }
  const listed = new Set(
    components.map((component) =>
      component.group ? `${component.group}/${component.name}` : component.name,
    ),
  )
  for (const dependency of Object.keys(packageJson.dependencies ?? {})) {
    if (!listed.has(dependency)) problems.push(`runtime dependency ${dependency} is missing`)
  }
  return problems
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const file = process.argv[2]
  if (file === undefined) {
    console.error('check-sbom: usage: check-sbom <sbom.cdx.json>')
    process.exit(2)
  }
  const packageJson = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as PackageJson
  const sbom = JSON.parse(readFileSync(file, 'utf8')) as Sbom
  const problems = sbomProblems(sbom, packageJson)
  for (const problem of problems) console.error(`check-sbom: ${file}: ${problem}`)
  if (problems.length > 0) process.exit(1)
  console.log(`check-sbom: ${file}: CycloneDX ${sbom.specVersion}, ${sbom.components?.length} components`)
}

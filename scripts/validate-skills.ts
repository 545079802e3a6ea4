/**
 * The skill contract, checked for every skill folder: SKILL.md frontmatter in the Agent Skills format,
 * REFERENCES.md whose links are official https documentation (scripts/reference-sources.ts), src/ and
 * tests/, a golden pair, negative controls, a build output and a bin entry (scripts/skill-evidence.ts),
 * and imports that respect the layers (skills import shared/, never each other; shared/ never imports a
 * skill). Each failure names the skill and what is missing; the exit status is 1 when any check fails.
 * Run it after `npm run build`: the build output and some negative controls are checked on dist/.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { parse as parseYaml } from 'yaml'
import * as z from 'zod'
import { linksIn, referenceProblem } from './reference-sources.ts'
import { checkEvidence, DIST, type GoldenStep, readGoldenSteps } from './skill-evidence.ts'
import { findSkills, LAYERS, ROOT, type SkillFolder } from './skills.ts'

const SKILL_NAME = /^[a-z0-9]+(-[a-z0-9]+)*$/

export const SkillFrontmatter = z.strictObject({
  name: z.string().regex(SKILL_NAME, 'lowercase words joined by hyphens'),
  description: z
    .string()
    .min(40, 'say when to use the skill, with trigger phrases')
    .max(1023, 'under 1,024 characters')
    .refine((text) => text.includes('Do NOT use'), 'needs a "Do NOT use ..." clause'),
  license: z.string().optional(),
  metadata: z.strictObject({
    layer: z.enum(LAYERS),
    capability: z.string().regex(/^(read-only|write: .+)$/, '"read-only" or "write: <exact permissions>"'),
    network: z
      .string()
      .regex(/^(none|read-only APIs: .+|.+ APIs: .+)$/, '"none" or "read-only APIs: <the APIs>"'),
    state: z.string().min(2, 'say what state the skill keeps, or "none"'),
  }),
})
export type SkillFrontmatter = z.infer<typeof SkillFrontmatter>

export function readFrontmatter(skillDir: string): unknown {
  const text = readFileSync(join(ROOT, skillDir, 'SKILL.md'), 'utf8')
  const match = /^---\n([\s\S]*?)\n---\n/.exec(text)
  if (match === null) throw new Error('SKILL.md has no YAML frontmatter between --- lines')
  return parseYaml(match[1] ?? '')
}

function filesUnder(dir: string, suffix: string): string[] {
  if (!existsSync(dir)) return []
  const files: string[] = []
  for (const entry of readdirSync(dir)) {
    const full = join(dir, entry)
    if (statSync(full).isDirectory()) files.push(...filesUnder(full, suffix))
    else if (full.endsWith(suffix)) files.push(full)
  }
  return files
}

const IMPORT_SPECIFIER =
  /(?:^|\n)\s*(?:import|export)[^'"`]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g

export function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8')
  const specifiers: string[] = []
  for (const match of text.matchAll(IMPORT_SPECIFIER)) {
    const specifier = match[1] ?? match[2]
    if (specifier !== undefined) specifiers.push(specifier)
  }
  return specifiers
}

/** shared/ areas from the bottom up: an area may import only areas listed before it (and itself). */
export const SHARED_LAYERS: readonly (readonly string[])[] = [
  ['errors', 'json', 'state', 'mitre'],
  ['ocsf', 'k8s', 'aws', 'gcp'],
  ['io'],
  ['cli'],
  ['ingest', 'detect', 'posture', 'cloud'],
  ['remediate'],
]

function sharedAreaRank(area: string): number {
  return SHARED_LAYERS.findIndex((layer) => layer.includes(area))
}

function checkSkill(
  skill: SkillFolder,
  bins: Record<string, string>,
  goldenSteps: readonly GoldenStep[],
): string[] {
  const problems: string[] = []
  const dir = join(ROOT, skill.dir)
  for (const required of ['SKILL.md', 'REFERENCES.md', 'src', 'tests']) {
    if (!existsSync(join(dir, required))) problems.push(`has no ${required}`)
  }
  if (existsSync(join(dir, 'SKILL.md'))) {
    try {
      const result = SkillFrontmatter.safeParse(readFrontmatter(skill.dir))
      if (!result.success) {
        for (const issue of result.error.issues)
          problems.push(`SKILL.md ${issue.path.join('.') || 'frontmatter'}: ${issue.message}`)
      } else {
        if (result.data.name !== skill.name)
          problems.push(`SKILL.md name "${result.data.name}" differs from the folder`)
        if (result.data.metadata.layer !== skill.layer)
          problems.push(`SKILL.md metadata.layer is not ${skill.layer}`)
      }
    } catch (error) {
      problems.push((error as Error).message)
    }
  }
  if (existsSync(join(dir, 'REFERENCES.md'))) {
    const references = readFileSync(join(dir, 'REFERENCES.md'), 'utf8')
    if (!/https:\/\//.test(references)) problems.push('REFERENCES.md links no https documentation')
    if (/\bhttp:\/\//.test(references))
      problems.push('REFERENCES.md has an http:// link; official docs are served over https')
    for (const link of linksIn(references)) {
      const problem = referenceProblem(link)
      if (problem !== undefined) problems.push(`REFERENCES.md: ${problem}`)
    }
  }
  if (filesUnder(join(dir, 'tests'), '.test.ts').length === 0) problems.push('has no tests/*.test.ts')
  if (bins[skill.name] !== `dist/${skill.name}.mjs`)
    problems.push(`package.json bin.${skill.name} is not dist/${skill.name}.mjs`)
  problems.push(...checkEvidence(skill, goldenSteps))
  for (const file of filesUnder(join(dir, 'src'), '.ts')) {
    for (const specifier of importsOf(file)) {
      if (!specifier.startsWith('.')) continue
      const target = resolve(dirname(file), specifier)
      if (!target.startsWith(`${dir}/`)) {
        problems.push(
          `${relative(ROOT, file)} imports ${specifier}, outside the skill: use #shared/ or a pipe`,
        )
      }
    }
  }
  return problems
}

function checkSharedLayers(): string[] {
  const problems: string[] = []
  for (const file of filesUnder(join(ROOT, 'shared'), '.ts')) {
    const area = relative(join(ROOT, 'shared'), file).split('/')[0] ?? ''
    const rank = sharedAreaRank(area)
    if (rank === -1) {
      problems.push(`shared/${area} is not placed in SHARED_LAYERS of scripts/validate-skills.ts`)
      continue
    }
    for (const specifier of importsOf(file)) {
      if (specifier.includes('skills/')) problems.push(`${relative(ROOT, file)} imports a skill`)
      const target = specifier.startsWith('.') ? resolve(dirname(file), specifier) : undefined
      if (target === undefined || !target.startsWith(join(ROOT, 'shared'))) continue
      const targetArea = relative(join(ROOT, 'shared'), target).split('/')[0] ?? ''
      const targetRank = sharedAreaRank(targetArea)
      if (targetArea !== area && targetRank >= rank) {
        problems.push(
          `${relative(ROOT, file)} imports shared/${targetArea}, which is not below shared/${area}`,
        )
      }
    }
  }
  return problems
}

export function validateSkills(): string[] {
  const packageJson = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
    bin?: Record<string, string>
  }
  const bins = packageJson.bin ?? {}
  const skills = findSkills()
  const golden = readGoldenSteps()
  const problems: string[] = []
  for (const skill of skills) {
    for (const problem of checkSkill(skill, bins, golden.steps)) problems.push(`${skill.name}: ${problem}`)
  }
  const names = new Set(skills.map((skill) => skill.name))
  for (const bin of Object.keys(bins)) {
    if (!names.has(bin)) problems.push(`package.json bin.${bin} has no skill folder`)
  }
  problems.push(...golden.problems)
  for (const step of golden.steps) {
    if (!names.has(step.skill))
      problems.push(`golden/${step.scenario}: runs ${step.skill}, which has no skill folder`)
  }
  problems.push(...checkSharedLayers())
  return problems
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (!existsSync(DIST)) {
    console.error(
      'validate-skills: note: no dist/ (npm run build first): build outputs and run-based negative controls were not checked',
    )
  }
  const problems = validateSkills()
  for (const problem of problems) console.error(`validate-skills: ${problem}`)
  if (problems.length > 0) process.exit(1)
  console.log(`validate-skills: ${findSkills().length} skill(s) keep the contract`)
}

/** Finds the skills: every skills/<layer>/<name>/ folder with a src/main.ts. No list to keep up to date. */
import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'

export const ROOT = new URL('..', import.meta.url).pathname

export interface SkillFolder {
  readonly name: string
  readonly layer: string
  /** Relative to the repository root. */
  readonly dir: string
  readonly entry: string
}

export const LAYERS = ['ingest', 'detect', 'evaluate', 'discover', 'view', 'remediate'] as const

export function findSkills(): SkillFolder[] {
  const skills: SkillFolder[] = []
  const skillsDir = join(ROOT, 'skills')
  for (const layer of readdirSync(skillsDir).sort()) {
    const layerDir = join(skillsDir, layer)
    for (const name of readdirSync(layerDir).sort()) {
      const dir = join('skills', layer, name)
      if (!existsSync(join(ROOT, dir, 'src', 'main.ts'))) continue
      skills.push({ name, layer, dir, entry: join(dir, 'src', 'main.ts') })
    }
  }
  return skills
}

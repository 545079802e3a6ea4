/**
 * SECURITY_BAR.md is generated, never hand-kept: it must equal what scripts/security-bar.ts renders from
 * every SKILL.md, show every skill with what its metadata declares, and name the write-capable skills,
 * which must be exactly the approved ones: a second write path needs a reviewed change here.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { renderSecurityBar } from '../scripts/security-bar.ts'
import { findSkills, ROOT } from '../scripts/skills.ts'
import { readFrontmatter, SkillFrontmatter } from '../scripts/validate-skills.ts'

/** The only skills allowed to change a system: remediation's apply step, behind --apply and an approval. */
const APPROVED_WRITERS = ['remediate-iam-departures-apply']

const onDisk = readFileSync(join(ROOT, 'SECURITY_BAR.md'), 'utf8')
const rendered = renderSecurityBar()

function metadataOf(skillDir: string) {
  try {
    const declared = SkillFrontmatter.safeParse(readFrontmatter(skillDir))
    return declared.success ? declared.data.metadata : undefined
  } catch {
    return undefined
  }
}

function rowOf(text: string, skill: string): string | undefined {
  return text.split('\n').find((line) => line.startsWith(`| [${skill}](`))
}

function sectionOf(text: string, heading: string): string {
  const start = text.indexOf(`## ${heading}`)
  const end = text.indexOf('\n## ', start + 1)
  return start === -1 ? '' : text.slice(start, end === -1 ? undefined : end)
}

describe('SECURITY_BAR.md', () => {
  it('is what npm run security-bar renders from the SKILL.md files', () => {
    expect(onDisk, 'SECURITY_BAR.md is out of date: run npm run security-bar').toBe(rendered)
  })

  it.each(findSkills())('shows $name with what its SKILL.md declares', (skill) => {
    const row = rowOf(rendered, skill.name)
    expect(row).toBeDefined()
    const metadata = metadataOf(skill.dir)
    expect(metadata, `${skill.name}: SKILL.md is missing or its metadata is invalid`).toBeDefined()
    if (metadata === undefined) return
    const { capability, network, state } = metadata
    expect(row).toContain(` ${state} |`)
    if (network !== 'none') expect(row).toContain(network)
    if (capability === 'read-only') expect(row).toContain(`| ${skill.layer} | yes |`)
    else expect(row).toContain(`| no: ${capability.replace(/^write: /, '')} |`)
  })

  it('names exactly the approved write-capable skills, and every other skill is read-only', () => {
    const writers = findSkills()
      .filter((skill) => {
        const capability = metadataOf(skill.dir)?.capability
        return capability !== undefined && capability !== 'read-only'
      })
      .map((skill) => skill.name)
    expect(writers).toEqual(APPROVED_WRITERS)
    const section = sectionOf(rendered, 'Write-capable skills')
    expect(section).toContain('One skill can change a system; every other skill is read-only')
    for (const writer of APPROVED_WRITERS) expect(section).toContain(`[${writer}](`)
  })
})

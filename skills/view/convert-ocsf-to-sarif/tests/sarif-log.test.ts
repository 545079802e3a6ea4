/** Findings to SARIF: rules, severities, locations, fingerprints and GitHub's limits. */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Log } from 'sarif'
import { describe, expect, it } from 'vitest'
import { runProcessor } from '../../../../tests/helpers/in-process.ts'
import { GOLDEN } from '../../../../tests/helpers/paths.ts'
import { createSarifProcessor } from '../src/sarif-processor.ts'

const FINDINGS = readFileSync(join(GOLDEN, 'k8s-privilege-escalation', 'expected.findings.jsonl'), 'utf8')
  .trim()
  .split('\n')
  .map((line) => JSON.parse(line) as Record<string, unknown>)

const OPTIONS = { category: 'k8s', toArtifactUri: (path: string) => `repo/${path}` }

async function convert(records: unknown[], options: Parameters<typeof createSarifProcessor>[0] = OPTIONS) {
  const run = await runProcessor(createSarifProcessor(options), records)
  return { log: JSON.parse(run.text) as Log, run }
}

function withSeverity(finding: Record<string, unknown>, severityId: number, uid: string) {
  const info = finding.finding_info as Record<string, unknown>
  return { ...finding, severity_id: severityId, finding_info: { ...info, uid } }
}

describe('convert-ocsf-to-sarif', () => {
  it('keys rules by detection rule with ATT&CK tags and the highest severity of their results', async () => {
    const { log } = await convert(FINDINGS)
    const rules = log.runs[0]?.tool.driver.rules ?? []
    expect(rules.map((rule) => rule.id)).toEqual([
      'k8s-pod-exec-attach',
      'k8s-powerful-role-binding',
      'k8s-sa-secret-list-then-get',
      'k8s-sa-token-request',
    ])
    const binding = rules[1]
    expect(binding?.properties?.['security-severity']).toBe('9.5')
    expect(binding?.properties?.tags).toEqual(['security', 'T1098', 'TA0003', 'TA0004'])
    expect(binding?.help?.text).toContain('https://attack.mitre.org/techniques/T1098/')
    expect(log.runs[0]?.automationDetails?.id).toBe('k8s/')
  })

  it('orders results most severe first and points each at its log line', async () => {
    const { log } = await convert(FINDINGS)
    const results = log.runs[0]?.results ?? []
    expect(results[0]?.ruleId).toBe('k8s-powerful-role-binding')
    expect(results[0]?.level).toBe('error')
    expect(results[0]?.locations?.[0]?.physicalLocation).toEqual({
      artifactLocation: { uri: 'repo/audit.jsonl' },
      region: { startLine: 11 },
    })
    const uids = FINDINGS.map((finding) => (finding.finding_info as { uid: string }).uid)
    expect(results.map((result) => result.partialFingerprints?.['ocsfFindingUid/v1']).sort()).toEqual(
      uids.sort(),
    )
  })

  it('points every result at --artifact-uri when given', async () => {
    const { log } = await convert(FINDINGS, { ...OPTIONS, artifactUri: 'logs/cluster-audit.jsonl' })
    for (const result of log.runs[0]?.results ?? []) {
      expect(result.locations?.[0]?.physicalLocation).toEqual({
        artifactLocation: { uri: 'logs/cluster-audit.jsonl' },
      })
    }
  })

  it('falls back to where the finding was read from when it names no log', async () => {
    const [first] = FINDINGS
    if (first === undefined) throw new Error('no findings')
    const metadata = { ...(first.metadata as Record<string, unknown>) }
    delete metadata.log_source
    delete metadata.sequence
    const { log } = await convert([{ ...first, metadata }])
    expect(log.runs[0]?.results?.[0]?.locations?.[0]?.physicalLocation).toEqual({
      artifactLocation: { uri: 'repo/test.jsonl' },
      region: { startLine: 1 },
    })
  })

  it('renders failed compliance checks and drops passing ones and activity events', async () => {
    const compliance = {
      class_uid: 2003,
      time: 1772443872000,
      severity_id: 4,
      compliance: {
        status_id: 3,
        control: '1.4',
        standards: ['CIS Amazon Web Services Foundations Benchmark v3.0.0'],
      },
      finding_info: {
        uid: 'c1',
        title: 'Ensure no root user account access key exists',
        analytic: {
          uid: 'CIS Amazon Web Services Foundations Benchmark v3.0.0 1.4',
          name: 'Ensure no root user account access key exists',
        },
      },
      remediation: { desc: 'Delete the root access keys.' },
      metadata: { log_source: 'snapshot.json' },
    }
    const passing = { ...compliance, compliance: { ...compliance.compliance, status_id: 1 } }
    const { log, run } = await convert([compliance, passing, { class_uid: 6003, time: 1 }])
    expect(log.runs[0]?.results).toHaveLength(1)
    expect(log.runs[0]?.tool.driver.rules?.[0]?.help?.text).toContain(
      'Remediation: Delete the root access keys.',
    )
    expect(run.reporter.dropped).toEqual(
      new Map([
        ['compliance check that did not fail', 1],
        ['not a Detection or Compliance Finding', 1],
      ]),
    )
  })

  it('keeps the 25,000 most severe results of a larger input and says how many it left out', async () => {
    const [template] = FINDINGS
    if (template === undefined) throw new Error('no findings')
    const many: unknown[] = []
    for (let index = 0; index < 26_000; index += 1)
      many.push(withSeverity(template, index < 1000 ? 5 : 2, `f-${index}`))
    const { log, run } = await convert(many)
    const results = log.runs[0]?.results ?? []
    expect(results).toHaveLength(25_000)
    expect(results.filter((result) => result.level === 'error')).toHaveLength(1000)
    expect(run.warnings.join('\n')).toContain('left out 1000 least severe result(s)')
  })

  it('keeps one result per finding uid: its latest version', async () => {
    const [template] = FINDINGS
    if (template === undefined) throw new Error('no findings')
    const info = template.finding_info as Record<string, unknown>
    const version = (time: number, title: string) => ({
      ...template,
      time,
      finding_info: { ...info, uid: 'same', title },
    })
    const { log, run } = await convert([
      version(2000, 'second'),
      version(1000, 'first'),
      version(3000, 'third'),
    ])
    const results = log.runs[0]?.results ?? []
    expect(results).toHaveLength(1)
    expect(results[0]?.message.text).toMatch(/^third/)
    expect(run.reporter.dropped.get('older version of a finding already read')).toBe(1)
  })
})

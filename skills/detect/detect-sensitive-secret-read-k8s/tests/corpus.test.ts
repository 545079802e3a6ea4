/**
 * The third-party Kubernetes corpus, scored against its labels. The Panther rules that mean "secrets
 * were read or dumped" map onto this detector's rules below; every label of theirs is scored, the
 * counts are stated, and each miss is explained where it is asserted.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import type { DetectionFinding } from '#shared/ocsf/index.ts'
import {
  type CorpusLabel,
  type Coverage,
  runK8sCorpus,
  scoreLabels,
  unaccountedFirings,
} from '../../../../tests/helpers/labelled-corpus.ts'
import { HAS_SHARED } from '../../../../tests/helpers/paths.ts'
import { ocsfValidate, zodProblems } from '../../../../tests/helpers/validators.ts'
import { RULES } from '../src/rules/index.ts'
import { DEFAULT_CONFIG } from './rules/test-config.ts'

const COVERAGE: Coverage = {
  'Kubernetes.Secrets.DumpAllNamespaces': ['k8s-secret-list-all-namespaces'],
  // Panther's rule fires on any user access to secrets; each rule here covers one way of reading them.
  'Kubernetes.BulkSecretAccess': '*',
  'Kubernetes.Pod.StealServiceAccountToken': ['k8s-exec-reads-credential-file'],
}

describe.runIf(HAS_SHARED)('the labelled Kubernetes corpus', () => {
  let labels: Map<string, CorpusLabel[]>
  let findings: DetectionFinding[]
  let fired: Map<string, Set<string>>

  beforeAll(async () => {
    const run = await runK8sCorpus('detect-sensitive-secret-read-k8s', RULES, DEFAULT_CONFIG)
    labels = run.labels
    fired = run.fired
    findings = run.findings
  })

  it('scores every secret-reading label: 13 true positives, 1 false negative, 1 false positive, 10 true negatives', () => {
    const score = scoreLabels(labels, fired, COVERAGE)
    // 3 cluster-wide dumps, 3 of the 4 reads Panther flags, and all 7 service-account token thefts.
    expect(score.truePositives).toHaveLength(13)
    expect(score.trueNegatives).toBe(10)
    // Panther's rule fires on any access attempt; this one was refused (403), so no secret was read.
    expect(score.falseNegatives).toEqual(['Kubernetes.BulkSecretAccess: User Gets Secret - Access Denied'])
    // Panther leaves out system principals in system namespaces; kube-proxy never execs into a pod, so a
    // token read under its name is a stolen kube-proxy token at work, and it is reported.
    expect(score.falsePositives).toEqual([
      'Kubernetes.Pod.StealServiceAccountToken: System principal in system namespace (excluded)',
    ])
  })

  it('stays quiet on denied and failed secret requests', () => {
    const deniedReads = [...labels].filter(([, eventLabels]) =>
      eventLabels.some(
        (label) => label.rule_id === 'Kubernetes.Secret.AccessDenied' && label.expected_result,
      ),
    )
    expect(deniedReads).toHaveLength(4)
    for (const [line] of deniedReads) expect(fired.get(line)).toBeUndefined()
  })

  it('names the firings the secret labels do not account for', () => {
    expect(unaccountedFirings(labels, fired, COVERAGE)).toEqual([
      // `tar cf - /root/.ssh/id_rsa` through exec: kubectl cp of an SSH private key out of a pod.
      'k8s-exec-reads-credential-file: AKS kubectl cp from pod with SSH keys',
      // The false positive scored above.
      'k8s-exec-reads-credential-file: System principal in system namespace (excluded)',
      // Labelled only as "not cluster-wide"; listing a namespace's secrets still returns their values.
      'k8s-secret-list-namespace: Namespaced secret list (not cluster-wide)',
      // Labelled only as "not a list"; a get of `api-token` is a read of a token by name.
      'k8s-sensitive-secret-read: Get single secret (not list)',
    ])
  })

  it('writes findings that pass the independent OCSF validator', () => {
    expect(zodProblems(findings)).toEqual([])
    const report = ocsfValidate(findings.map((finding) => JSON.stringify(finding)).join('\n'))
    expect(report.output).toMatch(/ 0 invalid, 0 warnings/)
    expect(report.status).toBe(0)
  })
})

/**
 * The third-party Kubernetes corpus, scored against the labels that name privileged pods, host
 * namespaces, host mounts and added capabilities. The counts are stated, and each miss is explained
 * where it is asserted.
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
  'Kubernetes.Pod.Privileged.Created': ['k8s-privileged-container'],
  'Kubernetes.Pod.Host.PID': ['k8s-host-namespaces'],
  'Kubernetes.Pod.Host.IPC': ['k8s-host-namespaces'],
  'Kubernetes.Pod.Host.Network': ['k8s-host-namespaces'],
  'Kubernetes.Pod.HostPath.Volume': ['k8s-sensitive-host-path'],
  'Kubernetes.Pod.Dangerous.Capabilities': ['k8s-dangerous-capabilities'],
}

describe.runIf(HAS_SHARED)('the labelled Kubernetes corpus', () => {
  let labels: Map<string, CorpusLabel[]>
  let findings: DetectionFinding[]
  let fired: Map<string, Set<string>>

  beforeAll(async () => {
    const run = await runK8sCorpus('detect-container-escape-k8s', RULES, DEFAULT_CONFIG)
    labels = run.labels
    fired = run.fired
    findings = run.findings
  })

  it('scores every escape label: 11 true positives, 3 false negatives, no false positive, 17 true negatives', () => {
    const score = scoreLabels(labels, fired, COVERAGE)
    expect(score.truePositives).toHaveLength(11)
    expect(score.trueNegatives).toBe(17)
    expect(score.falsePositives).toEqual([])
    expect(score.falseNegatives).toEqual([
      // Panther counts running as root (runAsNonRoot: false, runAsUser: 0) as privileged. Root inside an
      // unprivileged container with no host namespace, mount or added capability is still confined by
      // the runtime: a posture weakness for the restricted profile, not an escape path.
      'Kubernetes.Pod.Privileged.Created: Run-As-Root Pod Created',
      'Kubernetes.Pod.Privileged.Created: Pod with runAsUser=0 (root)',
      // The AKS record repeats the audit id (abc-123), user, verb and missing URI of the EKS file's own
      // host-network pod, which is detected; the ingester keeps one event per request, so it drops the
      // AKS one as a later stage of the same request.
      'Kubernetes.Pod.Host.Network: AKS Pod With Host Network',
    ])
  })

  it('names the firings the escape labels do not account for', () => {
    expect(unaccountedFirings(labels, fired, COVERAGE)).toEqual([
      // A daemon set mounting the Docker socket, labelled only as "a daemon set was created".
      'k8s-sensitive-host-path: EKS DaemonSet Created',
    ])
  })

  it('writes findings that pass the independent OCSF validator', () => {
    expect(zodProblems(findings)).toEqual([])
    const report = ocsfValidate(findings.map((finding) => JSON.stringify(finding)).join('\n'))
    expect(report.output).toMatch(/ 0 invalid, 0 warnings/)
    expect(report.status).toBe(0)
  })
})

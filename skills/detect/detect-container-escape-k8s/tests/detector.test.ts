/** The whole detector: what a finding says, allowed workloads, merging, bad input and valid findings. */
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createDetectionProcessor } from '#shared/detect/index.ts'
import type { DetectionFinding, OcsfEvent } from '#shared/ocsf/index.ts'
import { itRunsEveryFixtureCase } from '../../../../tests/helpers/fixture-findings.ts'
import { runProcessor } from '../../../../tests/helpers/in-process.ts'
import { caseEvent } from '../../../../tests/helpers/rule-cases.ts'
import { zodProblems } from '../../../../tests/helpers/validators.ts'
import type { ContainerEscapeConfig } from '../src/config.ts'
import { RULES } from '../src/rules/index.ts'
import { DEFAULT_CONFIG } from './rules/test-config.ts'

const FIXTURES = join(import.meta.dirname, 'fixtures')

const PRIVILEGED_INIT = caseEvent(
  FIXTURES,
  'k8s-privileged-container',
  'privileged init container in a deployment',
)
const EPHEMERAL = caseEvent(
  FIXTURES,
  'k8s-privileged-container',
  'privileged ephemeral container added by kubectl debug',
)
const WINDOWS = caseEvent(FIXTURES, 'k8s-privileged-container', 'Windows HostProcess pod')
const DOCKER_SOCKET = caseEvent(FIXTURES, 'k8s-sensitive-host-path', 'the Docker socket in a daemon set')

function detector(config: ContainerEscapeConfig = DEFAULT_CONFIG) {
  return createDetectionProcessor({
    skill: 'detect-container-escape-k8s',
    rules: RULES,
    config,
    dedupWindowMs: 3_600_000,
  })
}

async function findingsOf(events: readonly OcsfEvent[], config?: ContainerEscapeConfig) {
  const run = await runProcessor(detector(config), events)
  return run.events as DetectionFinding[]
}

describe('detect-container-escape-k8s', () => {
  itRunsEveryFixtureCase({
    fixturesDir: FIXTURES,
    ruleIds: RULES.map((rule) => rule.id),
    createProcessor: () => detector(),
    sourceIdsName: 'audit ids',
  })

  it('names the workload, the container and the setting', async () => {
    const [finding] = await findingsOf([PRIVILEGED_INIT])
    expect(finding?.finding_info.title).toBe('Privileged container in deployments payments/ledger')
    expect(finding?.finding_info.desc).toBe(
      'system:serviceaccount:ci:deployer created deployments payments/ledger: init container "sysctl-tuner" sets spec.template.spec.initContainers[0].securityContext.privileged: true.',
    )
  })

  it('reads ephemeral containers added through the subresource', async () => {
    const [finding] = await findingsOf([EPHEMERAL])
    expect(finding?.finding_info.desc).toBe(
      'alice@example.com patched pods/ephemeralcontainers payments/api-7d9f6c5b8-x2k4q: ephemeral container "debugger-8xk2q" sets spec.ephemeralContainers[0].securityContext.privileged: true.',
    )
  })

  it('groups the settings of one place, and says what each dangerous one gives away', async () => {
    const findings = await findingsOf([
      DOCKER_SOCKET,
      caseEvent(FIXTURES, 'k8s-host-namespaces', 'pod in the host PID namespace'),
    ])
    expect(findings.map((finding) => finding.finding_info.desc)).toEqual([
      'alice@example.com created pods default/nsenter: the pod sets spec.hostPID: true.',
      'system:serviceaccount:ci:deployer created daemonsets ci/build-agent: volume "docker-sock" (mounted by container "agent" at /var/run/docker.sock) sets spec.template.spec.volumes[0].hostPath.path: /var/run/docker.sock (exposes the container runtime’s API: start a privileged container on the node).',
    ])
  })

  it('reports each setting under its own rule, with the severity of the setting', async () => {
    const findings = await findingsOf([WINDOWS, DOCKER_SOCKET])
    expect(findings.map((finding) => [finding.finding_info.analytic?.uid, finding.severity_id])).toEqual([
      ['k8s-host-namespaces', 3],
      ['k8s-privileged-container', 4],
      ['k8s-sensitive-host-path', 5],
    ])
  })

  it('stays quiet for workloads passed with --allow-workload, by name or by namespace', async () => {
    expect(
      await findingsOf([DOCKER_SOCKET], { allowedWorkloads: [{ namespace: 'ci', name: 'build-agent' }] }),
    ).toEqual([])
    expect(await findingsOf([DOCKER_SOCKET], { allowedWorkloads: [{ namespace: 'ci', name: '*' }] })).toEqual(
      [],
    )
    expect(
      await findingsOf([DOCKER_SOCKET], { allowedWorkloads: [{ namespace: 'ci', name: 'other' }] }),
    ).toHaveLength(1)
  })

  it('merges repeated writes of one workload by one actor', async () => {
    const reapplied = {
      ...DOCKER_SOCKET,
      time: DOCKER_SOCKET.time + 5 * 60_000,
      metadata: { ...DOCKER_SOCKET.metadata, uid: 'reapplied' },
    }
    const [finding, ...rest] = await findingsOf([DOCKER_SOCKET, reapplied])
    expect(rest).toEqual([])
    expect(finding?.finding_info.related_events_count).toBe(2)
  })

  it('writes findings with both ATT&CK techniques and valid OCSF', async () => {
    const findings = await findingsOf([PRIVILEGED_INIT])
    expect(zodProblems(findings)).toEqual([])
    expect(
      findings[0]?.finding_info.attacks?.map((attack) => `${attack.tactic?.uid}:${attack.technique?.uid}`),
    ).toEqual(['TA0004:T1611', 'TA0005:T1610', 'TA0002:T1610'])
  })

  it('survives request objects of the wrong shape', async () => {
    const hostile = {
      ...PRIVILEGED_INIT,
      resources: [
        {
          type: 'deployments',
          name: 'x',
          data: {
            spec: {
              template: {
                spec: { containers: 'many', initContainers: [null, 7, { securityContext: [] }], volumes: {} },
              },
            },
          },
        },
      ],
    }
    const run = await runProcessor(detector(), [hostile, PRIVILEGED_INIT])
    expect(run.events).toHaveLength(1)
    expect(run.reporter.isBalanced()).toBe(true)
    expect(run.reporter.skipped.size).toBe(0)
  })
})

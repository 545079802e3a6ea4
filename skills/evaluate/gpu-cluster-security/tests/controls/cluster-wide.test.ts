/** GPU-12 and GPU-13: DCGM monitoring and API audit logging, one outcome for the cluster. */
import { describe, expect, it } from 'vitest'
import { auditLogging } from '../../src/controls/audit-logging.ts'
import { gpuMonitoring } from '../../src/controls/gpu-monitoring.ts'
import { gpuContainer, gpuJob, onlyOutcome } from '../inventory-of.ts'

const JOB = gpuJob(gpuContainer())
const daemonSet = (image: string) => `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: agent, namespace: gpu-operator}
spec: {template: {spec: {containers: [{name: c, image: "${image}"}]}}}
---
`
const apiServer = (flags: string) => `apiVersion: v1
kind: Pod
metadata: {name: kube-apiserver-cp1, namespace: kube-system}
spec: {containers: [{name: kube-apiserver, image: "registry.k8s.io/kube-apiserver:v1.31.2", command: [kube-apiserver, ${flags}]}]}
---
`

describe('GPU-12 DCGM monitoring', () => {
  it.each([
    [
      'a DCGM exporter DaemonSet',
      daemonSet('nvcr.io/nvidia/k8s/dcgm-exporter:4.2.3-4.1.3-ubuntu22.04'),
      'pass',
    ],
    [
      'the GPU Operator deploying it',
      'apiVersion: nvidia.com/v1\nkind: ClusterPolicy\nmetadata: {name: cluster-policy}\nspec: {}\n---\n',
      'pass',
    ],
    [
      'the GPU Operator turning it off',
      'apiVersion: nvidia.com/v1\nkind: ClusterPolicy\nmetadata: {name: cluster-policy}\nspec: {dcgmExporter: {enabled: false}}\n---\n',
      'fail',
    ],
    ['another DaemonSet only', daemonSet('fluent/fluent-bit:3.2'), 'fail'],
  ])('%s', (_name, objects, expected) => {
    expect(onlyOutcome(gpuMonitoring, `${objects}${JOB}`).status).toBe(expected)
  })

  it('does not apply to an input without GPUs', () => {
    expect(onlyOutcome(gpuMonitoring, daemonSet('fluent/fluent-bit:3.2'))).toEqual({
      status: 'not-applicable',
      detail: 'The input holds no GPU node or GPU workload.',
    })
  })

  it('lets a config state it', () => {
    expect(
      onlyOutcome(gpuMonitoring, 'workloads:\n  - {name: train}\nmonitoring: {dcgm_exporter: true}\n').status,
    ).toBe('pass')
    expect(onlyOutcome(gpuMonitoring, 'workloads:\n  - {name: train}\n').status).toBe('fail')
  })
})

describe('GPU-13 audit logging', () => {
  it.each([
    [
      'a log path and a policy',
      apiServer('--audit-log-path=/var/log/audit.log, --audit-policy-file=/etc/kubernetes/audit.yaml'),
      'pass',
    ],
    [
      'a webhook and a policy',
      apiServer(
        '--audit-webhook-config-file=/etc/kubernetes/webhook.yaml, --audit-policy-file=/etc/kubernetes/audit.yaml',
      ),
      'pass',
    ],
    ['a log path without a policy', apiServer('--audit-log-path=/var/log/audit.log'), 'fail'],
    ['no audit flags', apiServer('--authorization-mode=Node,RBAC'), 'fail'],
    ['no API server in the input', '', 'unknown'],
  ])('%s', (_name, objects, expected) => {
    expect(onlyOutcome(auditLogging, `${objects}${JOB}`).status).toBe(expected)
  })

  it('names what is missing', () => {
    expect(
      onlyOutcome(auditLogging, `${apiServer('--audit-log-path=/var/log/audit.log')}${JOB}`).detail,
    ).toBe(
      'The API server keeps no audit log: the kube-apiserver of Pod kube-system/kube-apiserver-cp1 sets no --audit-policy-file, so no event is recorded.',
    )
  })

  it('lets a config state it, and prefers what any input shows switched on', () => {
    expect(
      onlyOutcome(auditLogging, 'workloads:\n  - {name: train}\naudit_logging: {enabled: true}\n').status,
    ).toBe('pass')
    const both = `workloads:\n  - {name: train}\n---\n${apiServer('--audit-log-path=/a.log, --audit-policy-file=/p.yaml')}`
    expect(onlyOutcome(auditLogging, both).status).toBe('pass')
  })
})

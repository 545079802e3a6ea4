import { describe, expect, it } from 'vitest'
import { privilegedContainers } from '../../src/controls/privileged-containers.ts'
import { deployment, onlyOutcome } from '../inventory-of.ts'

describe('5.2.2 privileged containers', () => {
  it.each([
    ['a plain container', 'containers: [{name: app, image: "a:1"}]', 'pass'],
    [
      'privileged: true',
      'containers: [{name: app, image: "a:1", securityContext: {privileged: true}}]',
      'fail',
    ],
    [
      'privileged: yes, as YAML 1.1 reads it',
      'containers: [{name: app, image: "a:1", securityContext: {privileged: yes}}]',
      'fail',
    ],
    [
      'a privileged init container',
      'initContainers: [{name: init, image: "a:1", securityContext: {privileged: true}}]\ncontainers: [{name: app, image: "a:1"}]',
      'fail',
    ],
    [
      'a privileged ephemeral container',
      'containers: [{name: app, image: "a:1"}]\nephemeralContainers: [{name: dbg, image: "a:1", securityContext: {privileged: true}}]',
      'fail',
    ],
    [
      'privileged: false',
      'containers: [{name: app, image: "a:1", securityContext: {privileged: false}}]',
      'pass',
    ],
  ])('%s: %s', (_name, podSpec, expected) => {
    expect(onlyOutcome(privilegedContainers, deployment(podSpec)).status).toBe(expected)
  })

  it('names the offending container and its role', () => {
    const podSpec =
      'initContainers: [{name: setup, image: "a:1", securityContext: {privileged: true}}]\ncontainers: [{name: app, image: "a:1"}]'
    expect(onlyOutcome(privilegedContainers, deployment(podSpec)).detail).toBe(
      'Deployment app: runs privileged: init container setup.',
    )
  })

  it('leaves control-plane namespaces out, as CIS 5.2 does', () => {
    const pod =
      'apiVersion: v1\nkind: Pod\nmetadata: {name: proxy, namespace: kube-system}\nspec:\n  containers: [{name: p, image: "a:1", securityContext: {privileged: true}}]\n'
    expect(onlyOutcome(privilegedContainers, pod).status).toBe('not-applicable')
  })

  it('does not apply to an input without workloads', () => {
    const outcome = onlyOutcome(
      privilegedContainers,
      'apiVersion: v1\nkind: Namespace\nmetadata: {name: shop}\n',
    )
    expect(outcome.status).toBe('not-applicable')
  })
})

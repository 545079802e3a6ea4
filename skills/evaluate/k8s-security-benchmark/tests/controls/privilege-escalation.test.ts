import { describe, expect, it } from 'vitest'
import { privilegeEscalation } from '../../src/controls/privilege-escalation.ts'
import { rootContainers } from '../../src/controls/root-containers.ts'
import { deployment, onlyOutcome } from '../inventory-of.ts'

describe('5.2.6 allowPrivilegeEscalation', () => {
  it.each([
    [
      'explicitly false',
      'containers: [{name: app, image: "a:1", securityContext: {allowPrivilegeEscalation: false}}]',
      'pass',
    ],
    ['unset, so true', 'containers: [{name: app, image: "a:1"}]', 'fail'],
    [
      'true',
      'containers: [{name: app, image: "a:1", securityContext: {allowPrivilegeEscalation: true}}]',
      'fail',
    ],
    [
      'false on the app, unset on its init container',
      'initContainers: [{name: init, image: "a:1"}]\ncontainers: [{name: app, image: "a:1", securityContext: {allowPrivilegeEscalation: false}}]',
      'fail',
    ],
  ])('%s', (_name, podSpec, expected) => {
    expect(onlyOutcome(privilegeEscalation, deployment(podSpec)).status).toBe(expected)
  })
})

describe('5.2.7 root containers', () => {
  it.each([
    [
      'runAsNonRoot on the pod',
      'securityContext: {runAsNonRoot: true}\ncontainers: [{name: app, image: "a:1"}]',
      'pass',
    ],
    [
      'a non-zero runAsUser on the container',
      'containers: [{name: app, image: "a:1", securityContext: {runAsUser: 1000}}]',
      'pass',
    ],
    ['nothing set: the image decides, root by default', 'containers: [{name: app, image: "a:1"}]', 'fail'],
    [
      'runAsUser 0',
      'securityContext: {runAsNonRoot: true}\ncontainers: [{name: app, image: "a:1", securityContext: {runAsUser: 0}}]',
      'fail',
    ],
    [
      'the container overrides the pod with runAsUser 0',
      'securityContext: {runAsUser: 1000}\ncontainers: [{name: app, image: "a:1", securityContext: {runAsUser: 0}}]',
      'fail',
    ],
  ])('%s', (_name, podSpec, expected) => {
    expect(onlyOutcome(rootContainers, deployment(podSpec)).status).toBe(expected)
  })
})

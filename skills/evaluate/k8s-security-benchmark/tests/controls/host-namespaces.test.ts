import { describe, expect, it } from 'vitest'
import { hostIpc, hostNetwork, hostPid } from '../../src/controls/host-namespaces.ts'
import { deployment, onlyOutcome } from '../inventory-of.ts'

const CONTAINER = 'containers: [{name: app, image: "a:1"}]'

describe('5.2.3 to 5.2.5 host namespaces', () => {
  it.each([
    [hostPid, 'hostPID', 'process ID'],
    [hostIpc, 'hostIPC', 'IPC'],
    [hostNetwork, 'hostNetwork', 'network'],
  ])('$id fails on %s: true and passes without it', (control, field, namespace) => {
    expect(control.title).toBe(
      `Minimize the admission of containers wishing to share the host ${namespace} namespace`,
    )
    expect(onlyOutcome(control, deployment(`${field}: true\n${CONTAINER}`))).toEqual({
      status: 'fail',
      detail: `Deployment app sets ${field}: true.`,
    })
    expect(onlyOutcome(control, deployment(`${field}: false\n${CONTAINER}`)).status).toBe('pass')
    expect(onlyOutcome(control, deployment(CONTAINER)).status).toBe('pass')
  })
})

import { describe, expect, it } from 'vitest'
import {
  dockerSocketMount,
  hostNetworkNamespace,
  hostProcessNamespace,
} from '../../src/controls/host-isolation.ts'
import { composeTargets, verdicts } from '../targets-of.ts'

const SERVICES = `services:
  plain: {image: "a:1", volumes: ["data:/data"]}
  host-net: {image: "a:1", network_mode: host}
  host-pid: {image: "a:1", pid: host}
  socket: {image: "a:1", volumes: ["/var/run/docker.sock:/var/run/docker.sock:ro"]}
  run-dir: {image: "a:1", volumes: ["/var/run/:/host-run"]}
`

describe('5.10, 5.16 and 5.32 host isolation', () => {
  const targets = composeTargets(SERVICES)

  it.each([
    [
      hostNetworkNamespace,
      ['plain: pass', 'host-net: fail', 'host-pid: pass', 'socket: pass', 'run-dir: pass'],
    ],
    [
      hostProcessNamespace,
      ['plain: pass', 'host-net: pass', 'host-pid: fail', 'socket: pass', 'run-dir: pass'],
    ],
    [dockerSocketMount, ['plain: pass', 'host-net: pass', 'host-pid: pass', 'socket: fail', 'run-dir: fail']],
  ])('$id', (control, expected) => {
    expect(verdicts(control, targets)).toEqual(expected)
  })
})

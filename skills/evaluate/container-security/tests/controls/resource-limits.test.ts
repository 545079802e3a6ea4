import { describe, expect, it } from 'vitest'
import { readOnlyRootFilesystem } from '../../src/controls/read-only-root-filesystem.ts'
import { cpuPriority, memoryLimit } from '../../src/controls/resource-limits.ts'
import { composeTargets, inspectTarget, verdicts } from '../targets-of.ts'

describe('5.11, 5.12 and 5.13', () => {
  const targets = [
    ...composeTargets(
      'services:\n  limited: {mem_limit: 256m, cpus: 0.5, read_only: true}\n  open: {image: "a:1"}\n',
    ),
    inspectTarget({
      Id: 'c',
      Name: '/weighted',
      Config: {},
      HostConfig: { Memory: 1073741824, CpuShares: 512, ReadonlyRootfs: true },
    }),
    inspectTarget({
      Id: 'd',
      Name: '/defaults',
      Config: {},
      HostConfig: { Memory: 0, CpuShares: 1024, ReadonlyRootfs: false },
    }),
  ]

  it.each([
    [memoryLimit, ['limited: pass', 'open: fail', 'weighted: pass', 'defaults: fail']],
    [cpuPriority, ['limited: pass', 'open: fail', 'weighted: pass', 'defaults: fail']],
    [readOnlyRootFilesystem, ['limited: pass', 'open: fail', 'weighted: pass', 'defaults: fail']],
  ])('$id', (control, expected) => {
    expect(verdicts(control, targets)).toEqual(expected)
  })
})

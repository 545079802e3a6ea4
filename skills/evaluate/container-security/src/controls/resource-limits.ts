/**
 * 5.11 and 5.12: without limits, one container can take the host's memory (the kernel then kills other
 * containers) or its CPU, whether from a bug, a denial of service or a cryptominer.
 */
import type { DockerControl } from '../benchmark.ts'
import { describeTarget, judgeRuntime } from '../outcomes.ts'

const REQUIREMENTS = ['NIST CSF 2.0 PR.IR-04', 'SOC 2 A1.1']

export const memoryLimit: DockerControl = {
  id: '5.11',
  title: 'Ensure that the memory usage for containers is limited',
  severity: 'medium',
  attacks: ['T1499'],
  requirements: REQUIREMENTS,
  remediation: 'Set mem_limit or deploy.resources.limits.memory in Compose (--memory for docker run).',
  references: ['https://docs.docker.com/engine/containers/resource_constraints/#memory'],
  sections: [],
  evaluate: (subject) =>
    judgeRuntime(subject, (runtime, target) =>
      runtime.memoryLimit.value === undefined
        ? {
            status: 'fail',
            detail: `${describeTarget(target)} has no memory limit.`,
            line: runtime.memoryLimit.line,
          }
        : {
            status: 'pass',
            detail: `${describeTarget(target)} limits memory (${runtime.memoryLimit.value}).`,
            line: runtime.memoryLimit.line,
          },
    ),
}

export const cpuPriority: DockerControl = {
  id: '5.12',
  title: 'Ensure that CPU priority is set appropriately on containers',
  severity: 'low',
  attacks: ['T1496'],
  requirements: REQUIREMENTS,
  remediation:
    'Set cpus or deploy.resources.limits.cpus in Compose (--cpus for docker run), or a cpu_shares weight other than the default 1024.',
  references: ['https://docs.docker.com/engine/containers/resource_constraints/#cpu'],
  sections: [],
  evaluate: (subject) =>
    judgeRuntime(subject, (runtime, target) =>
      runtime.cpuLimit.value === undefined
        ? {
            status: 'fail',
            detail: `${describeTarget(target)} has no CPU limit or weight.`,
            line: runtime.cpuLimit.line,
          }
        : {
            status: 'pass',
            detail: `${describeTarget(target)} limits CPU (${runtime.cpuLimit.value}).`,
            line: runtime.cpuLimit.line,
          },
    ),
}

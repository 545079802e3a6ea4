/**
 * 5.13: a writable root filesystem lets an intruder drop tools and change binaries or configuration in
 * place; read-only keeps the container what the image says, with writes only where a volume or tmpfs allows.
 */
import type { DockerControl } from '../benchmark.ts'
import { describeTarget, judgeRuntime } from '../outcomes.ts'

export const readOnlyRootFilesystem: DockerControl = {
  id: '5.13',
  title: "Ensure that the container's root filesystem is mounted as read only",
  severity: 'medium',
  attacks: ['T1105'],
  requirements: ['NIST CSF 2.0 PR.PS-01', 'SOC 2 CC6.8'],
  remediation:
    'Set read_only: true (--read-only) and give the paths the application writes a tmpfs or a volume.',
  references: ['https://docs.docker.com/reference/cli/docker/container/run/#read-only'],
  sections: [],
  evaluate: (subject) =>
    judgeRuntime(subject, (runtime, target) =>
      runtime.readOnlyRootfs.value
        ? {
            status: 'pass',
            detail: `${describeTarget(target)} mounts its root filesystem read-only.`,
            line: runtime.readOnlyRootfs.line,
          }
        : {
            status: 'fail',
            detail: `${describeTarget(target)} has a writable root filesystem.`,
            line: runtime.readOnlyRootfs.line,
          },
    ),
}

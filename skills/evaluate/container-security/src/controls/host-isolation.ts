/**
 * 5.10, 5.16 and 5.32: what of the host a container can reach. The host's network stack puts it on the
 * host's interfaces and ports; the host's PID namespace lets it see and signal host processes; the Docker
 * socket lets it start a privileged container of its own, which is root on the host.
 */
import type { DockerControl } from '../benchmark.ts'
import { describeTarget, judgeRuntime } from '../outcomes.ts'

const REQUIREMENTS = ['NIST CSF 2.0 PR.PS-01', 'NIST CSF 2.0 PR.AA-05', 'SOC 2 CC6.1']

export const hostNetworkNamespace: DockerControl = {
  id: '5.10',
  title: "Ensure that the host's network namespace is not shared",
  severity: 'high',
  attacks: ['T1040', 'T1557'],
  requirements: ['NIST CSF 2.0 PR.IR-01', 'SOC 2 CC6.6'],
  remediation: 'Remove network_mode: host (--network host) and publish only the ports the service needs.',
  references: ['https://docs.docker.com/engine/network/drivers/host/'],
  sections: [],
  evaluate: (subject) =>
    judgeRuntime(subject, (runtime, target) =>
      runtime.networkMode.value === 'host'
        ? {
            status: 'fail',
            detail: `${describeTarget(target)} shares the host's network namespace.`,
            line: runtime.networkMode.line,
          }
        : {
            status: 'pass',
            detail: `${describeTarget(target)} has a network namespace of its own.`,
            line: runtime.networkMode.line,
          },
    ),
}

export const hostProcessNamespace: DockerControl = {
  id: '5.16',
  title: "Ensure that the host's process namespace is not shared",
  severity: 'high',
  attacks: ['T1611'],
  requirements: REQUIREMENTS,
  remediation: 'Remove pid: host (--pid host).',
  references: ['https://docs.docker.com/reference/cli/docker/container/run/#pid'],
  sections: [],
  evaluate: (subject) =>
    judgeRuntime(subject, (runtime, target) =>
      runtime.pidMode.value === 'host'
        ? {
            status: 'fail',
            detail: `${describeTarget(target)} shares the host's process namespace.`,
            line: runtime.pidMode.line,
          }
        : {
            status: 'pass',
            detail: `${describeTarget(target)} has a process namespace of its own.`,
            line: runtime.pidMode.line,
          },
    ),
}

/** The Docker socket itself, or the directory that holds it. */
function exposesDockerSocket(hostPath: string): boolean {
  const path = hostPath.replace(/\/+$/, '')
  return path.endsWith('/docker.sock') || path === '/var/run' || path === '/run'
}

export const dockerSocketMount: DockerControl = {
  id: '5.32',
  title: 'Ensure that the Docker socket is not mounted inside any containers',
  severity: 'critical',
  attacks: ['T1610', 'T1611'],
  requirements: REQUIREMENTS,
  remediation:
    'Remove the docker.sock mount; a tool that needs the Docker API should go through an authorizing proxy that allows only the calls it needs.',
  references: ['https://docs.docker.com/engine/security/#docker-daemon-attack-surface'],
  sections: [],
  evaluate: (subject) =>
    judgeRuntime(subject, (runtime, target) => {
      const socket = runtime.hostMounts.value.filter(exposesDockerSocket)
      if (socket.length === 0)
        return {
          status: 'pass',
          detail: `${describeTarget(target)} does not mount the Docker socket.`,
          line: runtime.hostMounts.line,
        }
      return {
        status: 'fail',
        detail: `${describeTarget(target)} mounts the Docker socket from ${socket.join(', ')}.`,
        line: runtime.hostMounts.line,
      }
    }),
}

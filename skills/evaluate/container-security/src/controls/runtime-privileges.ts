/**
 * 5.4, 5.5 and 5.26: what a container may do beyond an ordinary process. Privileged mode gives every
 * capability and every host device; added capabilities open specific escapes (SYS_ADMIN, SYS_PTRACE,
 * SYS_MODULE); without no-new-privileges a setuid binary raises a process above what it was given.
 */
import type { DockerControl } from '../benchmark.ts'
import { describeTarget, judgeRuntime } from '../outcomes.ts'

/** Docker's default capability set: adding one of these changes nothing (docker-bench-security filters the same set). */
const DEFAULT_CAPABILITIES = new Set([
  'AUDIT_WRITE',
  'CHOWN',
  'DAC_OVERRIDE',
  'FOWNER',
  'FSETID',
  'KILL',
  'MKNOD',
  'NET_BIND_SERVICE',
  'NET_RAW',
  'SETFCAP',
  'SETGID',
  'SETPCAP',
  'SETUID',
  'SYS_CHROOT',
])

const REQUIREMENTS = ['NIST CSF 2.0 PR.PS-01', 'NIST CSF 2.0 PR.AA-05', 'SOC 2 CC6.1']

export const capabilitiesRestricted: DockerControl = {
  id: '5.4',
  title: 'Ensure that Linux kernel capabilities are restricted within containers',
  severity: 'high',
  attacks: ['T1611'],
  requirements: REQUIREMENTS,
  remediation:
    'Remove cap_add (--cap-add) entries beyond what the process needs; better, drop all (cap_drop: [ALL]) and add back only what it needs.',
  references: ['https://docs.docker.com/engine/containers/run/#runtime-privilege-and-linux-capabilities'],
  sections: [],
  evaluate: (subject) =>
    judgeRuntime(subject, (runtime, target) => {
      const extra = runtime.capAdd.value
        .map((name) => name.toUpperCase().replace(/^CAP_/, ''))
        .filter((name) => !DEFAULT_CAPABILITIES.has(name))
      const name = describeTarget(target)
      if (extra.length === 0)
        return {
          status: 'pass',
          detail: `${name} adds no capability beyond Docker's default set.`,
          line: runtime.capAdd.line,
        }
      return {
        status: 'fail',
        detail: `${name} adds capabilities ${extra.join(', ')}.`,
        line: runtime.capAdd.line,
      }
    }),
}

export const privilegedContainer: DockerControl = {
  id: '5.5',
  title: 'Ensure that privileged containers are not used',
  severity: 'critical',
  attacks: ['T1611', 'T1610'],
  requirements: REQUIREMENTS,
  remediation:
    'Remove privileged: true (--privileged); grant the specific capability or device the container needs instead.',
  references: ['https://docs.docker.com/engine/containers/run/#runtime-privilege-and-linux-capabilities'],
  sections: [],
  evaluate: (subject) =>
    judgeRuntime(subject, (runtime, target) =>
      runtime.privileged.value
        ? {
            status: 'fail',
            detail: `${describeTarget(target)} runs privileged.`,
            line: runtime.privileged.line,
          }
        : {
            status: 'pass',
            detail: `${describeTarget(target)} does not run privileged.`,
            line: runtime.privileged.line,
          },
    ),
}

/** `no-new-privileges`, `no-new-privileges:true` and `no-new-privileges=true` all turn it on. */
const NO_NEW_PRIVILEGES = /^no-new-privileges(?:[:=]true)?$/

export const noNewPrivileges: DockerControl = {
  id: '5.26',
  title: 'Ensure that the container is restricted from acquiring additional privileges',
  severity: 'medium',
  attacks: ['T1548.001'],
  requirements: REQUIREMENTS,
  remediation:
    'Add security_opt: ["no-new-privileges:true"] (--security-opt=no-new-privileges), or set "no-new-privileges": true in the daemon configuration for every container.',
  references: ['https://docs.docker.com/reference/cli/docker/container/run/#security-opt'],
  sections: [],
  evaluate: (subject) =>
    judgeRuntime(subject, (runtime, target) =>
      runtime.securityOpt.value.some((option) => NO_NEW_PRIVILEGES.test(option))
        ? {
            status: 'pass',
            detail: `${describeTarget(target)} sets no-new-privileges.`,
            line: runtime.securityOpt.line,
          }
        : {
            status: 'fail',
            detail: `${describeTarget(target)} does not set no-new-privileges (unless the daemon sets it for all).`,
            line: runtime.securityOpt.line,
          },
    ),
}

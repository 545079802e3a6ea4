/**
 * Linux capabilities that break container isolation when added. The Pod Security baseline allows only
 * a short list of harmless ones to be added; these are the ones that matter most for escape.
 */
import type { SeverityName } from '#shared/ocsf/index.ts'

export interface DangerousCapability {
  readonly severity: SeverityName
  readonly grants: string
}

export const DANGEROUS_CAPABILITIES: Readonly<Record<string, DangerousCapability>> = {
  ALL: { severity: 'high', grants: 'every capability: privileged in all but name' },
  SYS_ADMIN: { severity: 'high', grants: 'mount, cgroup and namespace administration, the classic escape' },
  SYS_MODULE: { severity: 'high', grants: 'loading kernel modules into the node' },
  SYS_RAWIO: { severity: 'high', grants: 'raw access to memory and I/O ports' },
  DAC_READ_SEARCH: { severity: 'high', grants: 'open_by_handle_at, which reads any file on the node' },
  BPF: { severity: 'high', grants: 'loading eBPF programs into the node’s kernel' },
  SYS_PTRACE: {
    severity: 'medium',
    grants: 'tracing and injecting into other processes, host ones with hostPID',
  },
  NET_ADMIN: { severity: 'medium', grants: 'reconfiguring interfaces, routes and firewall rules' },
  PERFMON: { severity: 'medium', grants: 'kernel performance monitoring, a side channel on the node' },
  SYS_BOOT: { severity: 'medium', grants: 'rebooting the node' },
  MAC_ADMIN: { severity: 'medium', grants: 'changing AppArmor or SELinux policy' },
  MAC_OVERRIDE: { severity: 'medium', grants: 'overriding AppArmor or SELinux policy' },
}

/** `cap_sys_admin` and `SYS_ADMIN` name the same capability; Kubernetes passes either to the runtime. */
export function capabilityName(value: string): string {
  const upper = value.toUpperCase()
  return upper.startsWith('CAP_') ? upper.slice(4) : upper
}

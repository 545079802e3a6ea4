/**
 * Host paths a pod can mount, by what they give away. A mount of a listed path, of anything below a
 * listed directory, or of a parent of a listed path (mounting /var exposes /var/run/docker.sock)
 * counts; the most severe entry that applies wins. Any other hostPath is still reported, at low, since
 * the Pod Security baseline forbids hostPath volumes altogether.
 */
import { posix } from 'node:path'
import type { SeverityName } from '#shared/ocsf/index.ts'

export interface SensitiveHostPath {
  readonly path: string
  readonly severity: SeverityName
  /** What a container gets from it. */
  readonly exposes: string
}

const RUNTIME_SOCKET = 'the container runtime’s API: start a privileged container on the node'

export const SENSITIVE_HOST_PATHS: readonly SensitiveHostPath[] = [
  { path: '/', severity: 'critical', exposes: 'the node’s whole filesystem' },
  { path: '/var/run/docker.sock', severity: 'critical', exposes: RUNTIME_SOCKET },
  { path: '/run/docker.sock', severity: 'critical', exposes: RUNTIME_SOCKET },
  { path: '/var/run/containerd', severity: 'critical', exposes: RUNTIME_SOCKET },
  { path: '/run/containerd', severity: 'critical', exposes: RUNTIME_SOCKET },
  { path: '/var/run/crio', severity: 'critical', exposes: RUNTIME_SOCKET },
  { path: '/run/crio', severity: 'critical', exposes: RUNTIME_SOCKET },
  { path: '/var/run/cri-dockerd.sock', severity: 'critical', exposes: RUNTIME_SOCKET },
  {
    path: '/etc',
    severity: 'high',
    exposes: 'node configuration: kubelet credentials, /etc/kubernetes, cron, users',
  },
  { path: '/root', severity: 'high', exposes: 'root’s home: SSH keys, cloud and kubectl credentials' },
  { path: '/home', severity: 'high', exposes: 'users’ homes: SSH keys and shell start-up files' },
  {
    path: '/var/lib/kubelet',
    severity: 'high',
    exposes: 'every pod’s volumes and secrets on the node, and the kubelet’s credentials',
  },
  { path: '/var/lib/docker', severity: 'high', exposes: 'every container’s filesystem on the node' },
  { path: '/var/lib/containerd', severity: 'high', exposes: 'every container’s filesystem on the node' },
  {
    path: '/var/log',
    severity: 'high',
    exposes: 'node logs, and through a symlink the kubelet follows, any file on the node',
  },
  {
    path: '/proc',
    severity: 'high',
    exposes: 'kernel interfaces such as /proc/sys/kernel/core_pattern, which runs a host command',
  },
  { path: '/sys', severity: 'high', exposes: 'kernel and cgroup interfaces, writable from the container' },
  { path: '/dev', severity: 'high', exposes: 'the node’s devices, raw disks among them' },
  { path: '/boot', severity: 'high', exposes: 'the node’s kernel and boot loader' },
  { path: '/lib/modules', severity: 'high', exposes: 'kernel modules' },
  { path: '/usr', severity: 'high', exposes: 'host binaries and libraries, which run as root when replaced' },
  { path: '/bin', severity: 'high', exposes: 'host binaries, which run as root when replaced' },
  { path: '/sbin', severity: 'high', exposes: 'host binaries, which run as root when replaced' },
]

/**
 * Public data images commonly mount: time zones and CA bundles. Below these, a mount is not reported,
 * since what it exposes is published anyway.
 */
export const HARMLESS_HOST_PATHS: readonly string[] = [
  '/etc/localtime',
  '/etc/timezone',
  '/usr/share/zoneinfo',
  '/etc/ssl/certs',
  '/etc/pki/ca-trust/extracted',
  '/etc/ca-certificates',
  '/usr/share/ca-certificates',
]

export const ANY_HOST_PATH: Omit<SensitiveHostPath, 'path'> = {
  severity: 'low',
  exposes: 'a directory of the node, which the Pod Security baseline forbids mounting',
}

const RANK: Readonly<Record<string, number>> = { critical: 3, high: 2, low: 1 }

function normalise(hostPath: string): string {
  const normalised = posix.normalize(hostPath)
  return normalised.length > 1 && normalised.endsWith('/') ? normalised.slice(0, -1) : normalised
}

function isWithin(child: string, parent: string): boolean {
  return parent === '/' ? child.startsWith('/') : child === parent || child.startsWith(`${parent}/`)
}

/** What mounting the path exposes, or undefined for harmless public data. */
export function hostPathRisk(hostPath: string): Omit<SensitiveHostPath, 'path'> | undefined {
  const mounted = normalise(hostPath)
  if (HARMLESS_HOST_PATHS.some((harmless) => isWithin(mounted, harmless))) return undefined
  let worst: Omit<SensitiveHostPath, 'path'> = ANY_HOST_PATH
  for (const entry of SENSITIVE_HOST_PATHS) {
    const applies =
      entry.path === '/' ? mounted === '/' : isWithin(mounted, entry.path) || isWithin(entry.path, mounted)
    if (applies && (RANK[entry.severity] ?? 0) > (RANK[worst.severity] ?? 0)) worst = entry
  }
  return worst
}

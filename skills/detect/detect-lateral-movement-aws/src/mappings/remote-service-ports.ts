/**
 * The TCP ports a workload reaches other hosts through, each with why it is watched. Remote
 * administration gives the caller a command line on the destination (ATT&CK T1021 and its
 * sub-techniques); a data service gives it the data, and several of them run commands too. Both are
 * what a workload holding fresh credentials reaches for next; web ports are left out because every
 * service talks HTTP to every other.
 */

export type ServiceKind = 'remote administration' | 'data service'

export interface RemoteService {
  readonly name: string
  readonly kind: ServiceKind
}

export const REMOTE_SERVICE_PORTS: ReadonlyMap<number, RemoteService> = new Map([
  // A shell on Linux hosts and network devices (T1021.004).
  [22, { name: 'SSH', kind: 'remote administration' }],
  // DCE/RPC endpoint mapper: DCOM and WMI remote execution start here (T1021.003, T1047).
  [135, { name: 'MS-RPC', kind: 'remote administration' }],
  // SMB: administrative shares and PsExec-style service creation (T1021.002).
  [445, { name: 'SMB', kind: 'remote administration' }],
  // A desktop session on Windows hosts (T1021.001).
  [3389, { name: 'RDP', kind: 'remote administration' }],
  // WinRM over HTTP and HTTPS: PowerShell remoting (T1021.006).
  [5985, { name: 'WinRM', kind: 'remote administration' }],
  [5986, { name: 'WinRM over TLS', kind: 'remote administration' }],
  // The Docker Engine API, plain and TLS: whoever reaches it can start a privileged container on the host.
  [2375, { name: 'Docker API', kind: 'remote administration' }],
  [2376, { name: 'Docker API over TLS', kind: 'remote administration' }],
  // The kubelet API: exec into any pod on the node.
  [10250, { name: 'kubelet API', kind: 'remote administration' }],
  // Databases, caches and search engines: direct data access; SQL Server (xp_cmdshell), PostgreSQL
  // (COPY ... PROGRAM) and Redis (module loading) can also run commands on the server.
  [1433, { name: 'SQL Server', kind: 'data service' }],
  [3306, { name: 'MySQL', kind: 'data service' }],
  [5432, { name: 'PostgreSQL', kind: 'data service' }],
  [6379, { name: 'Redis', kind: 'data service' }],
  [9200, { name: 'Elasticsearch', kind: 'data service' }],
  [27017, { name: 'MongoDB', kind: 'data service' }],
])

/** A port the user adds with --port: they named it a remote service, so it weighs like one. */
export function addedService(port: number): RemoteService {
  return { name: `port ${port}`, kind: 'remote administration' }
}

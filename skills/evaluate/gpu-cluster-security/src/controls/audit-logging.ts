/**
 * GPU-13 (CIS Kubernetes 1.2.16 and 3.2.1): the API server's audit log is the only record of who created a
 * GPU job, exec'd into it or read its Secrets; without a policy file it records nothing at all.
 */
import type { GpuControl } from '../benchmark.ts'
import { judgeCluster } from '../outcomes.ts'

export const auditLogging: GpuControl = {
  id: 'GPU-13',
  title: 'The cluster keeps an API audit log',
  severity: 'medium',
  requirements: ['NIST CSF 2.0 DE.CM-03', 'NIST CSF 2.0 PR.PS-04', 'SOC 2 CC7.2'],
  remediation:
    "Set --audit-policy-file and --audit-log-path (or --audit-webhook-config-file) on the kube-apiserver, with a policy that records at least metadata for pods, exec and Secrets; on a managed control plane turn on the provider's audit logs.",
  references: [
    'https://kubernetes.io/docs/tasks/debug/debug-cluster/audit/',
    'https://www.cisecurity.org/benchmark/kubernetes',
  ],
  sections: ['pods'],
  evaluate: (inventory) =>
    judgeCluster(inventory, inventory.auditLogging, (audit) =>
      audit.enabled
        ? { status: 'pass', detail: `The API server keeps an audit log: ${audit.how}.` }
        : { status: 'fail', detail: `The API server keeps no audit log: ${audit.how}.` },
    ),
}

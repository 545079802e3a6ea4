/**
 * GPU-7 (CIS Kubernetes 5.3.2 for GPU namespaces): training and inference pods hold model weights, data and
 * credentials to object stores; without a NetworkPolicy every pod in the cluster can reach them.
 */
import { judgeEvidence } from '#shared/posture/index.ts'
import { type GpuControl, WORKLOAD_SECTIONS } from '../benchmark.ts'
import { judgeEach, NO_GPU_WORKLOADS } from '../outcomes.ts'

export const namespaceNetworkPolicy: GpuControl = {
  id: 'GPU-7',
  title: 'Namespaces that run GPU workloads isolate their pods with a NetworkPolicy',
  severity: 'medium',
  attacks: ['T1046'],
  requirements: ['NIST CSF 2.0 PR.IR-01', 'SOC 2 CC6.6'],
  remediation:
    'Add a default-deny NetworkPolicy (podSelector: {}, policyTypes: [Ingress, Egress]) to each GPU namespace, then allow only the traffic the jobs need (NCCL between their own pods, the object store, the metrics scraper).',
  references: [
    'https://kubernetes.io/docs/concepts/services-networking/network-policies/#default-policies',
    'https://www.cisecurity.org/benchmark/kubernetes',
  ],
  sections: [...WORKLOAD_SECTIONS, 'networkpolicies'],
  evaluate: (inventory) =>
    judgeEach(inventory, inventory.namespaces, NO_GPU_WORKLOADS, (namespace) => {
      const name = `Namespace ${namespace.name}`
      return judgeEvidence(name, namespace.networkIsolation, (isolation) =>
        isolation.isolated
          ? { status: 'pass', detail: `${name}: ${isolation.how}.` }
          : { status: 'fail', detail: `${name} runs GPU workloads and ${isolation.how}.` },
      )
    }),
}

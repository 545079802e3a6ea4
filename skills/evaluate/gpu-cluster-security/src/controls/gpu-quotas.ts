/**
 * GPU-11: without a quota on GPU requests one tenant (or one stolen credential) can take every GPU in the
 * cluster, for its own jobs or for mining.
 */
import { judgeEvidence } from '#shared/posture/index.ts'
import { type GpuControl, WORKLOAD_SECTIONS } from '../benchmark.ts'
import { judgeEach, NO_GPU_WORKLOADS } from '../outcomes.ts'

export const gpuQuotas: GpuControl = {
  id: 'GPU-11',
  title: 'Namespaces that run GPU workloads have a GPU resource quota',
  severity: 'medium',
  attacks: ['T1496', 'AML.T0034'],
  requirements: ['NIST CSF 2.0 PR.IR-04', 'SOC 2 A1.1'],
  remediation:
    'Add a ResourceQuota with requests.nvidia.com/gpu (and requests.nvidia.com/mig-* for MIG profiles) to each namespace that runs GPU workloads.',
  references: [
    'https://kubernetes.io/docs/concepts/policy/resource-quotas/#resource-quota-for-extended-resources',
  ],
  sections: [...WORKLOAD_SECTIONS, 'resourcequotas'],
  evaluate: (inventory) =>
    judgeEach(inventory, inventory.namespaces, NO_GPU_WORKLOADS, (namespace) => {
      const name = `Namespace ${namespace.name}`
      return judgeEvidence(name, namespace.gpuQuota, (quota) =>
        quota.quota === undefined
          ? { status: 'fail', detail: `${name} runs GPU workloads and ${quota.how}.` }
          : { status: 'pass', detail: `${name} caps GPUs with ${quota.how}: ${quota.quota}.` },
      )
    }),
}

/**
 * GPU-6: InfiniBand and RoCE adapters move memory between hosts without the kernel in the path. On the host
 * network, or through the RDMA shared device plugin, every pod on a node uses the same adapter and its
 * traffic; SR-IOV gives each pod a virtual function of its own, which the adapter isolates.
 */
import { type GpuControl, WORKLOAD_SECTIONS } from '../benchmark.ts'
import type { GpuInventory, GpuWorkload } from '../inventory.ts'
import { judgeEach, NO_GPU_WORKLOADS } from '../outcomes.ts'

/** The namespaces, other than the workload's, whose workloads request the same shared RDMA resource. */
function otherTenants(inventory: GpuInventory, workload: GpuWorkload, resource: string): string[] {
  const namespaces = new Set<string>()
  for (const other of inventory.workloads) {
    if (other.namespace !== workload.namespace && other.rdma?.shared.includes(resource) === true)
      namespaces.add(other.namespace)
  }
  return [...namespaces]
}

function judge(inventory: GpuInventory, workload: GpuWorkload) {
  const name = `${workload.kind} ${workload.name}`
  const rdma = workload.rdma
  if (rdma === undefined)
    return { status: 'not-applicable' as const, detail: `${name} uses no RDMA adapter.` }
  const problems: string[] = []
  if (rdma.hostNetwork)
    problems.push(
      "it uses RDMA on the host network, sharing the node's adapters and traffic with every tenant",
    )
  if (rdma.rawDevices.length > 0)
    problems.push(`it mounts the adapters from the host (${rdma.rawDevices.join(', ')})`)
  for (const resource of rdma.shared) {
    const others = otherTenants(inventory, workload, resource)
    if (others.length > 0)
      problems.push(`${resource} is an adapter shared with namespace(s) ${others.join(', ')}`)
  }
  if (problems.length > 0) return { status: 'fail' as const, detail: `${name}: ${problems.join('; ')}.` }
  if (rdma.sriov.length > 0)
    return {
      status: 'pass' as const,
      detail: `${name} gets its own SR-IOV virtual function (${rdma.sriov.join(', ')}).`,
    }
  return {
    status: 'pass' as const,
    detail: `${name} uses the shared adapter ${rdma.shared.join(', ')}, which no other namespace in the input uses.`,
  }
}

export const rdmaIsolation: GpuControl = {
  id: 'GPU-6',
  title: 'InfiniBand/RDMA adapters are isolated between tenants',
  severity: 'high',
  attacks: ['T1040', 'T1557'],
  requirements: ['NIST CSF 2.0 PR.IR-01', 'SOC 2 CC6.6'],
  remediation:
    'Give each tenant its own SR-IOV virtual functions (SR-IOV network device plugin with the NVIDIA Network Operator) instead of hostNetwork or the RDMA shared device plugin; keep a shared adapter to one tenant per node, and never mount /dev/infiniband from the host.',
  references: [
    'https://docs.nvidia.com/networking/display/mlnxofedv24104140lts/Kubernetes-Using-SR-IOV',
    'https://github.com/Mellanox/k8s-rdma-shared-dev-plugin#readme',
    'https://github.com/k8snetworkplumbingwg/sriov-network-device-plugin#readme',
  ],
  sections: [...WORKLOAD_SECTIONS],
  evaluate: (inventory) =>
    judgeEach(inventory, inventory.workloads, NO_GPU_WORKLOADS, (workload) => judge(inventory, workload)),
}

/**
 * GPU-10: the namespace is the boundary Kubernetes RBAC, quotas and network policies work on; two tenants in
 * one namespace (or anyone in `default`) can read each other's Secrets, volumes and model artifacts.
 */
import { type GpuControl, WORKLOAD_SECTIONS } from '../benchmark.ts'
import { judgeEach, NO_GPU_WORKLOADS } from '../outcomes.ts'

export const tenantNamespaces: GpuControl = {
  id: 'GPU-10',
  title: 'Each tenant runs its GPU workloads in a namespace of its own',
  severity: 'medium',
  attacks: ['AML.T0035'],
  requirements: ['NIST CSF 2.0 PR.AA-05', 'SOC 2 CC6.1'],
  remediation:
    'Give each tenant its own namespace (labelled tenant=<name>, or managed by a multi-tenancy operator such as Capsule), move GPU workloads out of default, and bind RBAC, quotas and policies per namespace.',
  references: [
    'https://kubernetes.io/docs/concepts/security/multi-tenancy/',
    'https://kubernetes.io/docs/concepts/overview/working-with-objects/namespaces/',
  ],
  sections: [...WORKLOAD_SECTIONS, 'namespaces'],
  evaluate: (inventory) =>
    judgeEach(inventory, inventory.namespaces, NO_GPU_WORKLOADS, (namespace) => {
      const name = `Namespace ${namespace.name}`
      if (namespace.name === 'default')
        return {
          status: 'fail',
          detail: `${name} runs GPU workloads: the default namespace belongs to no tenant.`,
        }
      const tenants = new Set(namespace.workloadTenants)
      if (namespace.tenant !== undefined) tenants.add(namespace.tenant)
      if (tenants.size > 1)
        return {
          status: 'fail',
          detail: `${name} holds GPU workloads of several tenants: ${[...tenants].join(', ')}.`,
        }
      const [tenant] = tenants
      if (tenant === undefined)
        return {
          status: 'unknown',
          detail: `${name}: neither the namespace nor its GPU workloads name a tenant (label tenant=<name>).`,
        }
      return { status: 'pass', detail: `${name} belongs to tenant ${tenant} alone.` }
    }),
}

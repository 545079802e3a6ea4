/**
 * 5.1.6: a mounted service-account token is a credential for the API server in every process of the pod,
 * readable by anyone who gets code running there. A workload whose account holds no binding has no use
 * for it; one whose account is bound presumably calls the API and needs it.
 */
import { asArray, asObject, asString, path } from '#shared/json/index.ts'
import { asYamlBoolean } from '#shared/posture/index.ts'
import { type K8sControl, RBAC_BINDING_SECTIONS, WORKLOAD_SECTIONS } from '../benchmark.ts'
import type { Inventory } from '../inventory.ts'
import type { Workload } from '../k8s-object.ts'
import { type Judgement, judgeWorkloads } from '../outcomes.ts'
import { bindingsByServiceAccount, bindingsOfServiceAccount } from '../rbac.ts'

function serviceAccountNameOf(workload: Workload): string {
  return (
    asString(workload.podSpec.serviceAccountName) ?? asString(workload.podSpec.serviceAccount) ?? 'default'
  )
}

/**
 * Static pods (the control plane's, from /etc/kubernetes/manifests) get no token: the kubelet cannot
 * reference API objects for them. Their mirror pods are owned by the Node or annotated config.mirror;
 * kubeadm labels their manifests tier=control-plane.
 */
function isStaticPod(workload: Workload): boolean {
  if (workload.kind !== 'Pod') return false
  if (asString(path(workload.raw, 'metadata', 'annotations', 'kubernetes.io/config.mirror')) !== undefined)
    return true
  if (asString(path(workload.raw, 'metadata', 'labels', 'tier')) === 'control-plane') return true
  return (asArray(path(workload.raw, 'metadata', 'ownerReferences')) ?? []).some(
    (owner) => asString(asObject(owner)?.kind) === 'Node',
  )
}

/** The pod's own setting wins; else its service account's; the API server mounts the token by default. */
function mountsToken(workload: Workload, inventory: Inventory, accountName: string): boolean {
  const own = asYamlBoolean(workload.podSpec.automountServiceAccountToken)
  if (own !== undefined) return own
  const account = inventory.serviceAccounts.find(
    (candidate) => candidate.name === accountName && candidate.namespace === workload.namespace,
  )
  return asYamlBoolean(account?.raw.automountServiceAccountToken) !== false
}

export const serviceAccountTokenMount: K8sControl = {
  id: '5.1.6',
  title: 'Ensure that Service Account Tokens are only mounted where necessary',
  severity: 'medium',
  attacks: ['T1528', 'T1552.007'],
  requirements: ['NIST CSF 2.0 PR.AA-05', 'SOC 2 CC6.1'],
  remediation:
    'Set automountServiceAccountToken: false in the pod spec (or on its ServiceAccount) of workloads that do not call the Kubernetes API; where one does, give it a service account of its own with only the rights it needs.',
  references: [
    'https://kubernetes.io/docs/tasks/configure-pod-container/configure-service-account/#opt-out-of-api-credential-automounting',
  ],
  sections: [...WORKLOAD_SECTIONS, 'serviceaccounts', ...RBAC_BINDING_SECTIONS],
  evaluate(inventory) {
    const byAccount = bindingsByServiceAccount(inventory.bindings)
    return judgeWorkloads(inventory, (workload): Judgement => {
      const accountName = serviceAccountNameOf(workload)
      const account = `ServiceAccount ${workload.namespace}/${accountName}`
      const subject = `${workload.kind} ${workload.name}`
      if (isStaticPod(workload))
        return {
          status: 'not-applicable',
          detail: `${subject} is a static pod, which gets no service-account token.`,
        }
      if (!mountsToken(workload, inventory, accountName))
        return { status: 'pass', detail: `${subject} does not mount the token of ${account}.` }
      const bindings = bindingsOfServiceAccount(byAccount, workload.namespace, accountName)
      if (bindings.length > 0) {
        return {
          status: 'pass',
          detail: `${subject} mounts the token of ${account}, which ${bindings.join(', ')} grants API access it uses.`,
        }
      }
      return {
        status: 'fail',
        detail: `${subject} mounts the token of ${account}, which no binding in the input grants any access: it is not needed.`,
      }
    })
  },
}

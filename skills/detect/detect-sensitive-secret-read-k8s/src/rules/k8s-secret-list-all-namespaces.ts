/** Every secret in the cluster listed or watched at once: a dump of all credentials the cluster holds. */
import type { EventRule } from '#shared/detect/index.ts'
import type { SecretReadConfig } from '../config.ts'
import { secretReadOf } from '../secret-read.ts'

function clusterWideRead(event: unknown, config: SecretReadConfig) {
  const read = secretReadOf(event, config)
  return read?.scope === 'cluster' ? read : undefined
}

export const k8sSecretListAllNamespaces: EventRule<SecretReadConfig> = {
  id: 'k8s-secret-list-all-namespaces',
  title: 'Secrets of all namespaces listed',
  severity: 'high',
  attacks: ['T1552.007'],
  classUids: [6003],
  rationale:
    'A list or watch of secrets without a namespace returns every secret in the cluster with its values; outside the control plane nothing needs that, and it is the one request that dumps all credentials.',
  reference: 'https://kubernetes.io/docs/concepts/security/rbac-good-practices/#listing-secrets',
  runbook:
    '1. Which binding lets this principal list secrets cluster-wide (the authorization reason says)? 2. Is it an operator you run (cert-manager, external-secrets, sealed-secrets)? 3. If not, treat every secret in the cluster as exposed: rotate, starting with service-account tokens and cloud keys.',
  falsePositives: [
    'operators that watch secrets in every namespace (cert-manager, external-secrets, sealed-secrets, Argo CD); pass them with --allow-reader',
    'backup tools (Velero) during a backup',
  ],
  match(event, config) {
    return clusterWideRead(event, config) !== undefined
  },
  describe(event, config) {
    const read = clusterWideRead(event, config)
    const actor = read?.actor ?? 'unknown user'
    return {
      key: [actor],
      desc: `${actor} ran ${read?.request.verb ?? 'list'} on secrets across all namespaces; the response holds every secret in the cluster.`,
    }
  },
}

/** Every secret of one namespace listed or watched: all of its credentials in one response. */
import type { EventRule } from '#shared/detect/index.ts'
import type { SecretReadConfig } from '../config.ts'
import { secretReadOf } from '../secret-read.ts'

function namespaceRead(event: unknown, config: SecretReadConfig) {
  const read = secretReadOf(event, config)
  return read?.scope === 'namespace' ? read : undefined
}

export const k8sSecretListNamespace: EventRule<SecretReadConfig> = {
  id: 'k8s-secret-list-namespace',
  title: 'Secrets of a namespace listed',
  severity: 'medium',
  attacks: ['T1552.007'],
  classUids: [6003],
  rationale:
    'Listing or watching secrets returns their values, not only their names, so one request reads every credential of the namespace; applications get the secrets they need by name.',
  reference: 'https://kubernetes.io/docs/concepts/security/secrets-good-practices/',
  runbook:
    '1. Was this `kubectl get secrets` by a person, or a workload’s token? 2. Which secrets does the namespace hold? 3. If the principal should not see them all, rotate them and narrow its role to get on named secrets.',
  falsePositives: [
    'namespace administrators running `kubectl get secrets`',
    'operators that reconcile every secret of a namespace; pass them with --allow-reader',
  ],
  match(event, config) {
    return namespaceRead(event, config) !== undefined
  },
  describe(event, config) {
    const read = namespaceRead(event, config)
    const actor = read?.actor ?? 'unknown user'
    const namespace = read?.request.namespace ?? ''
    return {
      key: [actor, namespace],
      title: `Secrets of namespace ${namespace} listed`,
      desc: `${actor} ran ${read?.request.verb ?? 'list'} on every secret in namespace ${namespace}; the response carries their values.`,
    }
  },
}

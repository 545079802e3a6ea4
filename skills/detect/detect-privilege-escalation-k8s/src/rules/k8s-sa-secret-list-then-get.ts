/**
 * A service account lists secrets and then reads one in the same namespace: a workload's token
 * being used to browse for credentials, the step after a pod compromise.
 */
import type { CorrelationRule, Detection } from '#shared/detect/index.ts'
import { k8sRequestOf } from '#shared/k8s/index.ts'
import type { OcsfEvent } from '#shared/ocsf/index.ts'
import { BoundedMap } from '#shared/state/index.ts'
import type { PrivilegeEscalationConfig } from '../config.ts'

/** Service accounts and namespaces followed at once; past it the oldest list is forgotten. */
const MAX_TRACKED_LISTS = 10_000
const ALL_NAMESPACES = '*'

export const k8sSaSecretListThenGet: CorrelationRule<PrivilegeEscalationConfig> = {
  id: 'k8s-sa-secret-list-then-get',
  title: 'Service account listed secrets, then read one',
  severity: 'high',
  attacks: ['T1552.007'],
  classUids: [6003],
  rationale:
    'Controllers that need a secret get it by name; listing every secret and then fetching one is how a stolen service-account token is used to hunt for credentials.',
  reference: 'https://kubernetes.io/docs/concepts/security/rbac-good-practices/#listing-secrets',
  runbook:
    '1. Which pod runs as this service account, and is its image expected? 2. Which secret was read, and what does it unlock? 3. Rotate the secret and the service-account token if the pod is not trusted.',
  falsePositives: [
    'operators such as external-secrets or cert-manager that reconcile every secret in a namespace',
  ],
  correlator(config) {
    const lists = new BoundedMap<string, OcsfEvent>(MAX_TRACKED_LISTS)
    return {
      observe(event): Detection[] {
        const request = k8sRequestOf(event)
        if (request?.serviceAccount === undefined || request.resource !== 'secrets' || !request.succeeded)
          return []
        const actor = request.username ?? ''
        if (request.verb === 'list' || request.verb === 'watch') {
          lists.set(`${actor}\u001f${request.namespace ?? ALL_NAMESPACES}`, event)
          return []
        }
        if (request.verb !== 'get') return []
        const list =
          lists.get(`${actor}\u001f${request.namespace}`) ?? lists.get(`${actor}\u001f${ALL_NAMESPACES}`)
        if (list === undefined) return []
        const elapsed = event.time - list.time
        if (elapsed < 0 || elapsed > config.secretWindowMs) return []
        return [
          {
            key: [actor, request.namespace ?? ''],
            desc: `${actor} listed secrets and then read secret ${request.namespace ?? ''}/${request.name ?? '?'} ${Math.round(elapsed / 1000)}s later.`,
            events: [list, event],
          },
        ]
      },
    }
  },
}

/** A service account mints tokens (TokenRequest) or validates them (TokenReview): identity brokering from a workload. */
import type { EventRule } from '#shared/detect/index.ts'
import { CONTROL_PLANE_NAMESPACES, k8sRequestOf } from '#shared/k8s/index.ts'
import type { PrivilegeEscalationConfig } from '../config.ts'

function tokenRequest(event: Parameters<EventRule<PrivilegeEscalationConfig>['match']>[0]) {
  const request = k8sRequestOf(event)
  if (request?.serviceAccount === undefined || !request.succeeded || request.verb !== 'create')
    return undefined
  // Control-plane service accounts (metrics-server, the token controller) review and mint tokens by design.
  if (CONTROL_PLANE_NAMESPACES.has(request.serviceAccount.namespace)) return undefined
  if (request.resource !== 'serviceaccounts/token' && request.resource !== 'tokenreviews') return undefined
  return request
}

export const k8sSaTokenRequest: EventRule<PrivilegeEscalationConfig> = {
  id: 'k8s-sa-token-request',
  title: 'Service account requested or reviewed tokens',
  severity: 'high',
  attacks: ['T1550.001'],
  classUids: [6003],
  rationale:
    'A workload that mints tokens for service accounts can become any of them; one that creates TokenReviews is probing which stolen tokens still work.',
  reference: 'https://kubernetes.io/docs/reference/kubernetes-api/authentication-resources/token-request-v1/',
  runbook:
    "1. Which service account was the token for, and what can it do? 2. Is the caller an identity broker you run (Vault, an admission webhook)? 3. If not, revoke by deleting the target service account's secrets and restart the caller's pods.",
  falsePositives: [
    "identity brokers such as Vault's Kubernetes auth method",
    'aggregated API servers outside kube-system',
  ],
  match(event) {
    return tokenRequest(event) !== undefined
  },
  describe(event) {
    const request = tokenRequest(event)
    const actor = request?.username ?? 'unknown service account'
    if (request?.resource === 'tokenreviews') {
      return { key: [actor, 'tokenreviews'], desc: `${actor} created a TokenReview.` }
    }
    const target = `${request?.namespace ?? ''}/${request?.name ?? '?'}`
    return { key: [actor, target], desc: `${actor} requested a token for service account ${target}.` }
  },
}

/** Someone opened a shell in, or attached to, a running container. */
import type { EventRule } from '#shared/detect/index.ts'
import { k8sRequestOf } from '#shared/k8s/index.ts'
import type { PrivilegeEscalationConfig } from '../config.ts'

const INTERACTIVE_SUBRESOURCES: ReadonlySet<string> = new Set(['pods/exec', 'pods/attach'])

export const k8sPodExecAttach: EventRule<PrivilegeEscalationConfig> = {
  id: 'k8s-pod-exec-attach',
  title: 'Exec or attach into a pod',
  severity: 'medium',
  attacks: ['T1609'],
  classUids: [6003],
  rationale:
    'exec and attach run commands inside a workload with its identity and mounts; a service account doing it means one workload is driving another.',
  reference: 'https://attack.mitre.org/techniques/T1609/',
  runbook:
    '1. Was this a known operator or an incident responder? 2. What ran (check the container runtime or shell history)? 3. If a service account did it, find the pod that holds its token.',
  falsePositives: ['on-call engineers debugging a pod', 'CI jobs that run smoke tests inside a deployment'],
  match(event, config) {
    const request = k8sRequestOf(event)
    if (request === undefined || !request.succeeded) return false
    if (request.resource === undefined || !INTERACTIVE_SUBRESOURCES.has(request.resource)) return false
    if (request.verb !== 'create' && request.verb !== 'get') return false
    return request.username === undefined || !config.execAllowlist.has(request.username)
  },
  describe(event) {
    const request = k8sRequestOf(event)
    const actor = request?.username ?? 'unknown user'
    const pod = `${request?.namespace ?? ''}/${request?.name ?? '?'}`
    const byWorkload = request?.serviceAccount !== undefined
    return {
      key: [actor, pod, request?.resource ?? ''],
      title: byWorkload ? 'Service account exec or attach into a pod' : undefined,
      severity: byWorkload ? 'high' : 'medium',
      desc: `${actor} ran ${request?.resource ?? 'exec'} on pod ${pod}${byWorkload ? '; workloads should not exec into other pods' : ''}.`,
    }
  },
}

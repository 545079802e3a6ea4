/** A read of one secret whose name says it holds credentials: a token, a password, cloud or TLS keys. */
import type { EventRule } from '#shared/detect/index.ts'
import type { SecretReadConfig } from '../config.ts'
import { secretPath, secretReadOf } from '../secret-read.ts'
import { sensitiveKindOf } from '../sensitive-names.ts'

function sensitiveRead(event: unknown, config: SecretReadConfig) {
  const read = secretReadOf(event, config)
  if (read?.scope !== 'secret' || read.request.name === undefined) return undefined
  const kind = sensitiveKindOf(read.request.name, config.sensitivePatterns)
  return kind === undefined ? undefined : { ...read, kind }
}

export const k8sSensitiveSecretRead: EventRule<SecretReadConfig> = {
  id: 'k8s-sensitive-secret-read',
  title: 'Sensitive secret read',
  severity: 'high',
  attacks: ['T1552.007'],
  classUids: [6003],
  rationale:
    'A secret named for a token, password, cloud key, TLS key or registry login is a credential; reading it through the API is how a stolen identity collects the next one.',
  reference: 'https://kubernetes.io/docs/concepts/security/secrets-good-practices/',
  runbook:
    '1. Does this principal need this secret (is it mounted by its own pods)? 2. Where did the request come from (source IP, user agent)? 3. If not expected, rotate the credential the secret holds and review what the principal did next.',
  falsePositives: [
    'applications that fetch their own secrets through the API instead of a volume or environment variable (reported at medium)',
    'operators that reconcile secrets by name (external-secrets, cert-manager, Argo CD); pass them with --allow-reader',
    'an administrator reading a secret by hand while debugging',
  ],
  match(event, config) {
    return sensitiveRead(event, config) !== undefined
  },
  describe(event, config) {
    const read = sensitiveRead(event, config)
    const request = read?.request
    const secret = request === undefined ? '?' : secretPath(request)
    const actor = read?.actor ?? 'unknown user'
    // A workload reading a secret of its own namespace is usually the application fetching its own configuration.
    const ownNamespace =
      request?.serviceAccount !== undefined && request.serviceAccount.namespace === request.namespace
    return {
      key: [actor, request?.namespace ?? '', request?.name ?? ''],
      title: `Sensitive secret read: ${secret}`,
      severity: ownNamespace ? 'medium' : 'high',
      desc: `${actor} ran ${request?.verb ?? 'get'} on secret ${secret}, whose name marks it as ${read?.kind ?? 'sensitive'}${ownNamespace ? ' (a service account of the same namespace)' : ''}.`,
    }
  },
}

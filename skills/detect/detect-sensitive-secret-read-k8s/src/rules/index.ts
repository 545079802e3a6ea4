/** The detector's rules, one line each; the runner refuses duplicate ids at start-up. */
import type { Rule } from '#shared/detect/index.ts'
import type { SecretReadConfig } from '../config.ts'
import { k8sExecReadsCredentialFile } from './k8s-exec-reads-credential-file.ts'
import { k8sSecretListAllNamespaces } from './k8s-secret-list-all-namespaces.ts'
import { k8sSecretListNamespace } from './k8s-secret-list-namespace.ts'
import { k8sSecretReadsAcrossNamespaces } from './k8s-secret-reads-across-namespaces.ts'
import { k8sSensitiveSecretRead } from './k8s-sensitive-secret-read.ts'

export const RULES: readonly Rule<SecretReadConfig>[] = [
  k8sSensitiveSecretRead,
  k8sSecretListAllNamespaces,
  k8sSecretListNamespace,
  k8sSecretReadsAcrossNamespaces,
  k8sExecReadsCredentialFile,
]

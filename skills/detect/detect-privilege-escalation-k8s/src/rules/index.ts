/** The detector's rules, one line each; the runner refuses duplicate ids at start-up. */
import type { Rule } from '#shared/detect/index.ts'
import type { PrivilegeEscalationConfig } from '../config.ts'
import { k8sPodExecAttach } from './k8s-pod-exec-attach.ts'
import { k8sPowerfulRoleBinding } from './k8s-powerful-role-binding.ts'
import { k8sSaSecretListThenGet } from './k8s-sa-secret-list-then-get.ts'
import { k8sSaTokenRequest } from './k8s-sa-token-request.ts'

export const RULES: readonly Rule<PrivilegeEscalationConfig>[] = [
  k8sSaSecretListThenGet,
  k8sPodExecAttach,
  k8sPowerfulRoleBinding,
  k8sSaTokenRequest,
]

/** A command run through exec that reads a credential file: the pod's token, cloud keys, a kubeconfig. */
import type { EventRule } from '#shared/detect/index.ts'
import { quoteForMessage } from '#shared/io/index.ts'
import { asStrings } from '#shared/json/index.ts'
import { type K8sRequest, k8sRequestOf } from '#shared/k8s/index.ts'
import type { SecretReadConfig } from '../config.ts'
import { credentialFileIn } from '../credential-files.ts'
import { isExpectedReader } from '../expected-readers.ts'

/** kubectl sends exec over SPDY (a create) or, since 1.30, a WebSocket (a get). */
const EXEC_VERBS: ReadonlySet<string> = new Set(['create', 'get'])

/**
 * The command as the API server received it: repeated `command` query parameters, or, where a log
 * keeps the request body, its `command` array.
 */
function commandLineOf(request: K8sRequest): string {
  const fromQuery = request.query.getAll('command')
  const words = fromQuery.length > 0 ? fromQuery : asStrings(request.object?.command)
  return words.join(' ')
}

function credentialExec(event: unknown, config: SecretReadConfig) {
  const request = k8sRequestOf(event)
  if (request?.resource !== 'pods/exec' || !request.succeeded || !EXEC_VERBS.has(request.verb))
    return undefined
  if (isExpectedReader(request.username, config.allowedReaders)) return undefined
  const commandLine = commandLineOf(request)
  const file = credentialFileIn(commandLine)
  return file === undefined ? undefined : { request, commandLine, file }
}

export const k8sExecReadsCredentialFile: EventRule<SecretReadConfig> = {
  id: 'k8s-exec-reads-credential-file',
  title: 'Credential file read through exec',
  severity: 'high',
  attacks: ['T1552.007'],
  classUids: [6003],
  rationale:
    'Reading a pod’s token or cloud credentials through exec takes the workload’s identity without a single secrets API call; nothing legitimate cats a token file from outside the pod.',
  reference: 'https://kubernetes.io/docs/tasks/configure-pod-container/configure-service-account/',
  runbook:
    '1. Who ran the command, from where? 2. What can the pod’s service account (or cloud role) do? 3. Rotate that identity: delete the pod so its projected token is reissued, and revoke cloud sessions issued since.',
  falsePositives: ['an engineer checking that a token is mounted while debugging identity configuration'],
  match(event, config) {
    return credentialExec(event, config) !== undefined
  },
  describe(event, config) {
    const found = credentialExec(event, config)
    const actor = found?.request.username ?? 'unknown user'
    const pod = `${found?.request.namespace ?? ''}/${found?.request.name ?? '?'}`
    return {
      key: [actor, pod, found?.file.fragment ?? ''],
      title: `Credential file read through exec in pod ${pod}`,
      // The command is untrusted text and may carry a credential of its own: scrubbed and cut short.
      desc: `${actor} ran \`${quoteForMessage(found?.commandLine ?? '')}\` in pod ${pod}, reading ${found?.file.kind ?? 'a credential file'}.`,
    }
  },
}

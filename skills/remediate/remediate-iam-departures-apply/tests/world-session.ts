/** An in-process apply session against the loopback world, with the real SDK and fetch clients pointed at it. */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { RefusedError } from '#shared/errors/index.ts'
import {
  type Approval,
  createAwsDirectory,
  createEntraDirectory,
  createServiceAccountDirectory,
  createWorkspaceDirectory,
  type Plan,
  ProtectedPrincipals,
  type RemoteAuditStore,
  RestClient,
  type RetryPolicy,
} from '#shared/remediate/index.ts'
import {
  AWS_TEST_CREDENTIALS,
  ENTRA_TENANT,
  type World,
} from '../../../../tests/helpers/iam-departures/world.ts'
import { type ApplySessionResult, runApplySession } from '../src/apply-session.ts'
import { type DeadLetterSink, deadLetterFile } from '../src/dead-letter.ts'
import { createAwsExecutor } from '../src/executors/aws-executor.ts'
import { createGoogleExecutor } from '../src/executors/google-executor.ts'
import { createGraphExecutor } from '../src/executors/graph-executor.ts'

export const SKILL = 'remediate-iam-departures-apply'

export interface SessionRun {
  readonly result?: ApplySessionResult
  readonly refused?: RefusedError
  readonly events: object[]
  readonly warnings: string[]
  readonly sleeps: number[]
  readonly auditLog: string
  readonly deadLetter: string
}

export interface SessionOptions {
  readonly dir?: string
  /** The dead-letter file's name in `dir`; a retry writes a new one. */
  readonly deadLetterName?: string
  readonly remote?: RemoteAuditStore
  readonly only?: ReadonlySet<string>
  readonly deny?: readonly string[]
  readonly extraDeadLetters?: readonly DeadLetterSink[]
  /** The first audit time; every later reading of the clock is one second on. */
  readonly start?: string
}

export function tickingClock(start: string): () => number {
  let time = Date.parse(start) - 1000
  return () => {
    time += 1000
    return time
  }
}

export async function runSession(
  world: World,
  plan: Plan,
  approval: Approval,
  options: SessionOptions = {},
): Promise<SessionRun> {
  const dir = options.dir ?? mkdtempSync(join(tmpdir(), 'iam-departures-'))
  const auditLog = join(dir, 'audit.jsonl')
  const deadLetter = join(dir, options.deadLetterName ?? 'dead-letter.jsonl')
  const sleeps: number[] = []
  const retry: RetryPolicy = {
    maxAttempts: 4,
    baseDelayMs: 100,
    maxDelayMs: 1000,
    sleep: async (ms) => void sleeps.push(ms),
  }
  const targets = [
    { config: { endpoint: world.iamUrl, region: 'us-east-1', credentials: AWS_TEST_CREDENTIALS } },
  ]
  const token = async () => 'test-token'
  const graph = new RestClient({ baseUrl: world.graphUrl, service: 'Microsoft Graph', token })
  const google = {
    iam: new RestClient({ baseUrl: world.googleUrl, service: 'Google IAM', token }),
    cloudresourcemanager: new RestClient({
      baseUrl: world.googleUrl,
      service: 'Google Resource Manager',
      token,
    }),
    admin: new RestClient({ baseUrl: world.googleUrl, service: 'Google Workspace Admin SDK', token }),
  }
  const googleExecutor = createGoogleExecutor(google)
  const googleDirectory = { ...google, retry, projects: ['analytics-prod'] }
  const events: object[] = []
  const warnings: string[] = []
  try {
    const result = await runApplySession({
      skill: SKILL,
      plan,
      approval,
      protectedPrincipals: new ProtectedPrincipals(options.deny ?? []),
      auditLogPath: auditLog,
      remote: options.remote,
      deadLetters: [deadLetterFile(deadLetter), ...(options.extraDeadLetters ?? [])],
      executors: async () => ({
        aws: await createAwsExecutor(targets, SKILL),
        entra: createGraphExecutor(graph),
        gcp: googleExecutor,
        workspace: googleExecutor,
      }),
      directories: async () => [
        await createAwsDirectory({ targets, retry }),
        createEntraDirectory({ graph, retry, tenant: ENTRA_TENANT }),
        createServiceAccountDirectory(googleDirectory),
        createWorkspaceDirectory(googleDirectory),
      ],
      retry,
      clock: tickingClock(options.start ?? '2024-06-01T00:30:00Z'),
      emit: async (event) => void events.push(event),
      warn: (message) => void warnings.push(message),
      only: options.only,
    })
    return { result, events, warnings, sleeps, auditLog, deadLetter }
  } catch (error) {
    if (error instanceof RefusedError)
      return { refused: error, events, warnings, sleeps, auditLog, deadLetter }
    throw error
  }
}

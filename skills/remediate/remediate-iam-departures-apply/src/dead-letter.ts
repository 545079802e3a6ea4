/**
 * Actions that did not complete: the one that failed, and the ones of the same identity that were not
 * attempted after it. Each becomes one JSONL line in the dead-letter file (and one SQS message when a
 * queue is configured), carrying the plan hash and the full action so `retry` can run it again under the
 * same approval.
 */
import { appendFile, readFile } from 'node:fs/promises'
import { InputError, RefusedError } from '#shared/errors/index.ts'
import * as z from '#shared/json/zod.ts'
import { IdentityRef, type Plan, PlanAction } from '#shared/remediate/index.ts'

export const DeadLetter = z.strictObject({
  plan_sha256: z.string(),
  identity: IdentityRef,
  action: PlanAction,
  status: z.enum(['failed', 'not attempted']),
  error: z.strictObject({ code: z.string(), message: z.string() }).optional(),
  attempts: z.int().nonnegative(),
  time: z.string(),
})
export type DeadLetter = z.infer<typeof DeadLetter>

export interface DeadLetterSink {
  readonly name: string
  send(entry: DeadLetter): Promise<void>
}

export function deadLetterFile(path: string): DeadLetterSink {
  return {
    name: path,
    async send(entry) {
      await appendFile(path, `${JSON.stringify(entry)}\n`)
    },
  }
}

/** One message per action, so a consumer (an alert, a ticketing hook) sees each on its own. */
export async function deadLetterQueue(
  queueUrl: string,
  config: { endpoint?: string; region?: string },
): Promise<DeadLetterSink> {
  const sqs = await import('@aws-sdk/client-sqs')
  const endpoint = config.endpoint ?? process.env.AWS_ENDPOINT_URL_SQS ?? process.env.AWS_ENDPOINT_URL
  const client = new sqs.SQSClient({
    endpoint,
    region: config.region ?? process.env.AWS_REGION ?? 'us-east-1',
    // The SDK sends to the queue URL's own host unless told that another endpoint (a VPC endpoint) serves it.
    useQueueUrlAsEndpoint: endpoint === undefined,
  })
  return {
    name: queueUrl,
    async send(entry) {
      await client.send(
        new sqs.SendMessageCommand({ QueueUrl: queueUrl, MessageBody: JSON.stringify(entry) }),
      )
    },
  }
}

/**
 * The dead letters to retry, checked against the plan they name: every entry must carry this plan's hash
 * and an action that is in it, unchanged. Anything else is refused: a dead-letter file is not a way to run
 * actions nobody approved.
 */
export async function readDeadLetters(path: string, plan: Plan): Promise<Set<string>> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    throw new InputError(
      `${path}: the dead-letter file cannot be read (${(error as NodeJS.ErrnoException).code})`,
    )
  }
  const planned = new Map<string, string>()
  for (const identity of plan.identities)
    for (const action of identity.actions) planned.set(action.id, JSON.stringify(action))
  const ids = new Set<string>()
  text.split('\n').forEach((line, index) => {
    if (line.trim().length === 0) return
    let entry: DeadLetter
    try {
      entry = DeadLetter.parse(JSON.parse(line))
    } catch (error) {
      throw new RefusedError(
        `${path}:${index + 1}: not a dead-letter entry (${(error as Error).message.split('\n')[0]})`,
      )
    }
    if (entry.plan_sha256 !== plan.sha256)
      throw new RefusedError(
        `${path}:${index + 1}: the entry is for plan ${entry.plan_sha256}, not ${plan.sha256}`,
      )
    if (planned.get(entry.action.id) !== JSON.stringify(entry.action)) {
      throw new RefusedError(
        `${path}:${index + 1}: action ${entry.action.id} is not in the approved plan as written`,
      )
    }
    ids.add(entry.action.id)
  })
  return ids
}

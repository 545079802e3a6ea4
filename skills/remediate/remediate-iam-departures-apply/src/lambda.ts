/**
 * The apply step of the event-driven deployment (deploy/iam-departures/template.yaml): after a human
 * approved the plan through the state machine's approval task, the plan is read from the audit bucket
 * and run with the approval record given. The local audit log is the function's scratch space; the
 * bucket (Object Lock, KMS) holds the durable copy of every row, and dead letters go to the SQS queue.
 * Configuration: AUDIT_BUCKET, DEAD_LETTER_QUEUE_URL, ACCOUNT_IDS, ASSUME_ROLE_NAME, DENY_PATTERNS.
 */
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { asObject, asString } from '#shared/json/index.ts'
import {
  Approval,
  awsTargets,
  createAwsDirectory,
  createS3AuditStore,
  DEFAULT_RETRY,
  ProtectedPrincipals,
  parsePlan,
} from '#shared/remediate/index.ts'
import { runApplySession } from './apply-session.ts'
import { deadLetterFile, deadLetterQueue } from './dead-letter.ts'
import { createAwsExecutor } from './executors/aws-executor.ts'

const SKILL_NAME = 'remediate-iam-departures-apply'

export interface ApplyStepResult {
  readonly run_id: string
  readonly succeeded: number
  readonly failed: number
  readonly not_attempted: number
  readonly drift: number
  /** False when anything failed, was left undone, or is still there: the state machine alerts on it. */
  readonly complete: boolean
}

function listOf(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item.length > 0)
}

function required(name: string): string {
  const value = process.env[name]
  if (value === undefined || value.length === 0) throw new Error(`${name} is not set`)
  return value
}

/** `{plan_bucket, plan_key, approval}`: the plan step's result, with the approval the approver sent back. */
export async function handler(event: unknown): Promise<ApplyStepResult> {
  const input = asObject(event)
  const bucket = asString(input?.plan_bucket)
  const key = asString(input?.plan_key)
  if (bucket === undefined || key === undefined)
    throw new Error('the event names no plan: expected {plan_bucket, plan_key, approval}')
  const approval = Approval.parse(input?.approval)
  const s3 = await import('@aws-sdk/client-s3')
  const object = await new s3.S3Client({}).send(new s3.GetObjectCommand({ Bucket: bucket, Key: key }))
  const plan = parsePlan((await object.Body?.transformToString()) ?? '', `s3://${bucket}/${key}`)
  const retry = {
    ...DEFAULT_RETRY,
    sleep: (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)),
  }
  const targets = awsTargets(
    {
      awsAccount: listOf(process.env.ACCOUNT_IDS),
      awsAssumeRole: process.env.ASSUME_ROLE_NAME,
      graphUrl: '',
    },
    SKILL_NAME,
  )
  const result = await runApplySession({
    skill: SKILL_NAME,
    plan,
    approval,
    protectedPrincipals: new ProtectedPrincipals(listOf(process.env.DENY_PATTERNS)),
    auditLogPath: join(tmpdir(), `iam-departures-audit-${plan.sha256}.jsonl`),
    remote: await createS3AuditStore(`s3://${required('AUDIT_BUCKET')}/audit/`, {}),
    deadLetters: [
      deadLetterFile(join(tmpdir(), `iam-departures-dead-letter-${plan.sha256}.jsonl`)),
      await deadLetterQueue(required('DEAD_LETTER_QUEUE_URL'), {}),
    ],
    executors: async () => ({ aws: await createAwsExecutor(targets, SKILL_NAME) }),
    directories: async () => [await createAwsDirectory({ targets, retry })],
    retry,
    clock: Date.now,
    emit: async (row) => {
      process.stdout.write(`${JSON.stringify(row)}\n`)
    },
    warn: (message) => process.stderr.write(`${SKILL_NAME}: ${message}\n`),
  })
  return {
    run_id: result.runId,
    succeeded: result.succeeded,
    failed: result.failed,
    not_attempted: result.notAttempted,
    drift: result.drift,
    complete: result.failed + result.notAttempted + result.drift + result.unverified === 0,
  }
}

/**
 * The plan step of the event-driven deployment (deploy/iam-departures/template.yaml): Step Functions
 * passes the departures export that landed in S3; the plan is made against the organisation's AWS
 * accounts through the assumed role and stored in the audit bucket under its sha256 for approval.
 * Configuration comes from the function's environment: PLAN_BUCKET, ACCOUNT_IDS, ASSUME_ROLE_NAME,
 * GRACE_PERIOD_DAYS, DENY_PATTERNS.
 */
import { inputFromText, Reporter } from '#shared/io/index.ts'
import { asObject, asString, path } from '#shared/json/index.ts'
import {
  awsTargets,
  createAwsDirectory,
  DEFAULT_RETRY,
  ProtectedPrincipals,
  renderPlan,
} from '#shared/remediate/index.ts'
import { fileSource } from './departure-sources.ts'
import { IdentityMapping } from './identity-mapping.ts'
import { makePlan } from './make-plan.ts'
import { DAY_MS } from './reconcile.ts'

const SKILL_NAME = 'remediate-iam-departures-plan'

export interface PlanStepResult {
  readonly plan_bucket: string
  readonly plan_key: string
  readonly plan_sha256: string
  readonly identities: number
  readonly actions: number
}

/** `{bucket, key}` from the state machine, or the EventBridge "Object Created" event itself. */
function exportLocationOf(event: unknown): { bucket: string; key: string } {
  const bucket = asString(asObject(event)?.bucket) ?? asString(path(event, 'detail', 'bucket', 'name'))
  const key = asString(asObject(event)?.key) ?? asString(path(event, 'detail', 'object', 'key'))
  if (bucket === undefined || key === undefined)
    throw new Error('the event names no export: expected {bucket, key}')
  return { bucket, key }
}

function listOf(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item.length > 0)
}

export async function handler(event: unknown): Promise<PlanStepResult> {
  const { bucket, key } = exportLocationOf(event)
  const planBucket = process.env.PLAN_BUCKET
  if (planBucket === undefined) throw new Error('PLAN_BUCKET is not set')
  const s3 = await import('@aws-sdk/client-s3')
  const client = new s3.S3Client({})
  const object = await client.send(new s3.GetObjectCommand({ Bucket: bucket, Key: key }))
  const text = (await object.Body?.transformToString()) ?? ''
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
  const reporter = new Reporter({ skill: SKILL_NAME })
  const { plan } = await makePlan(
    {
      sources: [fileSource(inputFromText(`s3://${bucket}/${key}`, text))],
      directories: [await createAwsDirectory({ targets, retry })],
      mapping: IdentityMapping.empty(),
      protectedPrincipals: new ProtectedPrincipals(listOf(process.env.DENY_PATTERNS)),
      asOf: Date.now(),
      graceMs: Number(process.env.GRACE_PERIOD_DAYS ?? '7') * DAY_MS,
      previousState: new Map(),
    },
    reporter,
  )
  const planKey = `plans/${plan.sha256}.json`
  await client.send(
    new s3.PutObjectCommand({
      Bucket: planBucket,
      Key: planKey,
      Body: renderPlan(plan),
      ContentType: 'application/json',
    }),
  )
  reporter.printSummary()
  let actions = 0
  for (const planned of plan.identities) actions += planned.actions.length
  return {
    plan_bucket: planBucket,
    plan_key: planKey,
    plan_sha256: plan.sha256,
    identities: plan.identities.length,
    actions,
  }
}

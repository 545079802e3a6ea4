/**
 * The remote copy of the audit through the real S3 and DynamoDB clients, against s3rver and dynalite:
 * every row is copied as it is written, a failing copy stops the run before the next action, and
 * verify-audit holds the local log against the copy (a cut tail, a rewritten chain).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { CreateTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb'
import { CreateBucketCommand, S3Client } from '@aws-sdk/client-s3'
import dynalite from 'dynalite'
import S3rver from 's3rver'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import {
  type Approval,
  createDynamoDbAuditStore,
  createS3AuditStore,
  linkOf,
  type Plan,
  parseApproval,
  parsePlan,
  type RemoteAuditStore,
  sealPlan,
  sealRow,
  verifyAuditText,
} from '#shared/remediate/index.ts'
import { startWorld, type World } from '../../../../tests/helpers/iam-departures/world.ts'
import { GOLDEN } from '../../../../tests/helpers/paths.ts'
import { runSkillAsync } from '../../../../tests/helpers/run-skill-async.ts'
import { runSession } from './world-session.ts'

const SCENARIO = join(GOLDEN, 'iam-departures')
const goldenPlan = parsePlan(readFileSync(join(SCENARIO, 'expected.plan.json'), 'utf8'), 'plan')
const goldenApproval = parseApproval(readFileSync(join(SCENARIO, 'approval.json'), 'utf8'), 'approval')
const BUCKET = 'audit-trail'
const TABLE = 'iam-departures-audit'

function entraOnly(): { plan: Plan; approval: Approval } {
  const { sha256: _sha, ...body } = goldenPlan
  const plan = sealPlan({
    ...body,
    identities: body.identities.filter((planned) => planned.identity.provider === 'entra'),
  })
  return { plan, approval: { ...goldenApproval, plan_sha256: plan.sha256 } }
}

describe('remote audit copy', () => {
  let s3server: S3rver
  let s3url: string
  let dynamo: ReturnType<typeof dynalite>
  let dynamoUrl: string
  let world: World
  // s3rver accepts its own documented key pair only; dynalite accepts any.
  const credentials = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' }
  const config = (endpoint: string) => ({ endpoint, region: 'us-east-1', credentials })

  beforeAll(async () => {
    s3server = new S3rver({
      port: 0,
      address: '127.0.0.1',
      silent: true,
      directory: mkdtempSync(join(tmpdir(), 's3rver-')),
    })
    const address = await s3server.run()
    s3url = `http://127.0.0.1:${address.port}`
    await new S3Client({ ...config(s3url), forcePathStyle: true }).send(
      new CreateBucketCommand({ Bucket: BUCKET }),
    )
    dynamo = dynalite({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 })
    await new Promise<void>((resolve) => dynamo.listen(0, '127.0.0.1', () => resolve()))
    dynamoUrl = `http://127.0.0.1:${(dynamo.address() as AddressInfo).port}`
    await new DynamoDBClient(config(dynamoUrl)).send(
      new CreateTableCommand({
        TableName: TABLE,
        AttributeDefinitions: [
          { AttributeName: 'chain', AttributeType: 'S' },
          { AttributeName: 'sequence', AttributeType: 'N' },
        ],
        KeySchema: [
          { AttributeName: 'chain', KeyType: 'HASH' },
          { AttributeName: 'sequence', KeyType: 'RANGE' },
        ],
        BillingMode: 'PAY_PER_REQUEST',
      }),
    )
  })

  afterAll(async () => {
    await s3server?.close()
    await new Promise<void>((resolve) => (dynamo === undefined ? resolve() : dynamo.close(() => resolve())))
  })

  beforeEach(async () => {
    world = await startWorld()
  })
  afterEach(async () => {
    await world.stop()
  })

  const env = () => ({
    PATH: process.env.PATH,
    AWS_ENDPOINT_URL_S3: s3url,
    AWS_ENDPOINT_URL_DYNAMODB: dynamoUrl,
    AWS_ACCESS_KEY_ID: credentials.accessKeyId,
    AWS_SECRET_ACCESS_KEY: credentials.secretAccessKey,
    AWS_REGION: 'us-east-1',
  })

  it.each([
    [
      'S3',
      () => createS3AuditStore(`s3://${BUCKET}/iam-departures/`, config(s3url)),
      `--audit-s3=s3://${BUCKET}/iam-departures/`,
    ],
    ['DynamoDB', () => createDynamoDbAuditStore(TABLE, config(dynamoUrl)), `--audit-dynamodb=${TABLE}`],
  ])(
    '%s: every row is copied; verify-audit catches a cut tail and a chain rewritten with fresh hashes',
    async (_name, createStore, option) => {
      const remote: RemoteAuditStore = await createStore()
      const { plan, approval } = entraOnly()
      const run = await runSession(world, plan, approval, { remote })
      expect(run.result?.auditRows).toBe(10)
      const text = readFileSync(run.auditLog, 'utf8')
      const rows = text
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as Record<string, unknown>)
      const chainId = linkOf(rows[0])?.hash as string
      const copied = await remote.hashes(chainId)
      expect([...copied.entries()]).toEqual(rows.map((row) => [linkOf(row)?.sequence, linkOf(row)?.hash]))

      const intact = await runSkillAsync('remediate-iam-departures-verify-audit', [run.auditLog, option], {
        env: env(),
      })
      expect(intact.stderr).toMatch(/chain intact, head 10/)
      expect(intact.status).toBe(0)

      // The last two rows cut off: the file alone still verifies; the copy shows the loss.
      writeFileSync(run.auditLog, `${text.trim().split('\n').slice(0, 8).join('\n')}\n`)
      expect(verifyAuditText(readFileSync(run.auditLog, 'utf8')).breaks).toEqual([])
      const cut = await runSkillAsync('remediate-iam-departures-verify-audit', [run.auditLog, option], {
        env: env(),
      })
      expect(cut.stderr).toMatch(
        /rows 9, 10 are in the remote copy .* but not in the log \(deleted or cut off\)/,
      )
      expect(cut.status).toBe(1)

      // Row 4 rewritten and every later row sealed again: a consistent chain, but not the one copied.
      const rewritten: object[] = rows.slice(0, 3)
      for (const row of rows.slice(3)) {
        const { unmapped, ...rest } = row as { unmapped: Record<string, unknown> }
        const { audit_chain: _link, ...unmappedRest } = unmapped
        const edited =
          row === rows[3]
            ? { ...rest, status_detail: 'nothing happened here', unmapped: unmappedRest }
            : { ...rest, unmapped: unmappedRest }
        rewritten.push(
          sealRow(edited, { sequence: rewritten.length, hash: linkOf(rewritten.at(-1))?.hash as string }),
        )
      }
      writeFileSync(run.auditLog, `${rewritten.map((row) => JSON.stringify(row)).join('\n')}\n`)
      expect(verifyAuditText(readFileSync(run.auditLog, 'utf8')).breaks).toEqual([])
      const forged = await runSkillAsync('remediate-iam-departures-verify-audit', [run.auditLog, option], {
        env: env(),
      })
      expect(forged.stderr).toMatch(/:4: row 4 differs from its remote copy/)
      expect(forged.status).toBe(1)
    },
  )

  it('a remote copy that fails stops the run before the action it announces (status 6, no write made)', async () => {
    const remote = await createS3AuditStore('s3://no-such-bucket/audit/', config(s3url))
    const { plan, approval } = entraOnly()
    const run = await runSession(world, plan, approval, { remote })
    expect(run.refused?.message).toMatch(
      /audit copy to s3:\/\/no-such-bucket\/audit\/ failed .*stopped before the next action/,
    )
    expect(world.graph.writes()).toEqual([])
    // The intent row reached the local log: the record shows what was about to happen and did not.
    expect(verifyAuditText(readFileSync(run.auditLog, 'utf8')).head?.sequence).toBe(1)
  })
})

/**
 * The AWS collector through the real SDK clients (STS, IAM, EC2, S3, Lambda, SageMaker) against a loopback
 * server that speaks each wire protocol: every list paged to its end, a denial recorded with the missing
 * permission while the rest is collected, and no call outside the policy REFERENCES.md documents.
 */
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { ServiceError } from '#shared/errors/index.ts'
import type { LoopbackAws, RecordedCall } from '../../../../../tests/helpers/aws-loopback.ts'
import {
  credentialFreeEnv,
  exampleCredentialsEnv,
  useExampleCredentials,
} from '../../../../../tests/helpers/aws-test-env.ts'
import { HAS_SHARED } from '../../../../../tests/helpers/paths.ts'
import { parseJsonl } from '../../../../../tests/helpers/run-skill.ts'
import { runSkillAsync } from '../../../../../tests/helpers/run-skill-async.ts'
import { ocsfValidate, zodProblems } from '../../../../../tests/helpers/validators.ts'
import type { AwsSettings } from '../../src/collect/aws/aws-settings.ts'
import { collectAws } from '../../src/collect/aws/collect-aws.ts'
import { buildInventoryGraph } from '../../src/inventory-graph.ts'
import { type FakeDenial, SAMPLE_ACCOUNT } from '../fake-aws/fake-account.ts'
import { startFakeAws } from '../fake-aws/server.ts'

const running: LoopbackAws[] = []
beforeAll(() => useExampleCredentials(mkdtempSync(join(tmpdir(), 'aws-home-'))))
afterEach(async () => {
  for (const fake of running.splice(0)) await fake.close()
})

async function collect(denials: readonly FakeDenial[] = [], regions?: string[]) {
  const fake = await startFakeAws(SAMPLE_ACCOUNT, denials)
  running.push(fake)
  const settings: AwsSettings = { endpoint: fake.endpoint, maxAttempts: 2, homeRegion: 'us-east-1', regions }
  const { environment, errors } = await collectAws(settings, () => {})
  return { environment, errors, calls: fake.calls }
}

function count(calls: readonly RecordedCall[], service: string, operation: string): number {
  return calls.filter((call) => call.service === service && call.operation === operation).length
}

/** The IAM action each recorded call needs: S3's bucket list is s3:ListAllMyBuckets. */
function actionOf(call: RecordedCall): string {
  if (call.service === 's3' && call.operation === 'ListBuckets') return 's3:ListAllMyBuckets'
  return `${call.service}:${call.operation}`
}

/** The actions of the policy document under "AWS" in REFERENCES.md, the one users are told to grant. */
function documentedActions(): Set<string> {
  const references = readFileSync(join(import.meta.dirname, '..', '..', 'REFERENCES.md'), 'utf8')
  const block = /### AWS[\s\S]*?```json\n([\s\S]*?)```/.exec(references)?.[1]
  if (block === undefined) throw new Error('REFERENCES.md has no AWS policy document')
  const policy = JSON.parse(block) as { Statement: Array<{ Action: string[] }> }
  return new Set(policy.Statement.flatMap((statement) => statement.Action))
}

describe('a live AWS inventory', () => {
  it('reads every page of every list in every enabled region', async () => {
    const { environment, errors, calls } = await collect()
    expect(errors).toEqual({})
    const uids = (type: string) =>
      environment.resources.filter((resource) => resource.type === type).map((resource) => resource.uid)
    expect(uids('user')).toHaveLength(3)
    expect(uids('access-key')).toEqual(['AKIAI44QH8DHBEXAMPLE', 'AKIAIOSFODNN7EXAMPLE'])
    expect(uids('role')).toHaveLength(5)
    expect(uids('subnet')).toHaveLength(3)
    expect(uids('security-group')).toHaveLength(3)
    expect(uids('instance')).toHaveLength(3)
    expect(uids('function')).toHaveLength(3)
    expect(uids('model-endpoint')).toHaveLength(3)
    expect(uids('bucket')).toEqual([
      'arn:aws:s3:::example-audit-logs',
      'arn:aws:s3:::example-public-assets',
      'arn:aws:s3:::example-shared-acl',
    ])
    expect(count(calls, 'iam', 'ListUsers')).toBe(2)
    expect(count(calls, 'iam', 'ListRoles')).toBe(3)
    expect(count(calls, 'ec2', 'DescribeInstances')).toBe(3) // two pages in eu-west-1, one in us-east-1
    expect(count(calls, 's3', 'ListBuckets')).toBe(2)
    expect(count(calls, 'lambda', 'ListFunctions')).toBe(3)
    expect(count(calls, 'sagemaker', 'ListEndpoints')).toBe(3)
  })

  it('reads what each resource exposes and how resources relate', async () => {
    const { environment } = await collect([], ['eu-west-1'])
    const byUid = new Map(environment.resources.map((resource) => [resource.uid, resource]))
    expect(byUid.get('AKIAIOSFODNN7EXAMPLE')?.status).toBe('active')
    expect(byUid.get('AKIAI44QH8DHBEXAMPLE')?.status).toBe('inactive')
    expect(byUid.get('arn:aws:s3:::example-public-assets')?.public).toBe(true)
    expect(byUid.get('arn:aws:s3:::example-shared-acl')?.public).toBe(true)
    expect(byUid.get('arn:aws:s3:::example-audit-logs')?.public).toBe(false)
    const web = byUid.get('arn:aws:ec2:eu-west-1:111122223333:instance/i-0web')
    expect(web).toMatchObject({ metadata_v1: true, public_ip: '203.0.113.10' })
    expect(byUid.get('arn:aws:ec2:eu-west-1:111122223333:instance/i-0db')?.metadata_v1).toBe(false)
    expect(byUid.get('arn:aws:ec2:eu-west-1:111122223333:security-group/sg-0all')?.ingress).toEqual([
      { source: '0.0.0.0/0', protocol: 'all' },
    ])
    expect(byUid.get('arn:aws:iam::999988887777:root')).toMatchObject({
      type: 'principal',
      account: '999988887777',
    })
    expect(
      byUid.get('arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com')?.external,
    ).toBe(true)
    // break-glass trusts a user of this account: the user itself, not a new principal.
    expect(byUid.get('arn:aws:iam::111122223333:user/alice')?.type).toBe('user')
    expect(environment.relationships).toEqual(
      expect.arrayContaining([
        { from: web?.uid, relation: 'assumes', to: 'arn:aws:iam::111122223333:role/web-server' },
        {
          from: web?.uid,
          relation: 'protected-by',
          to: 'arn:aws:ec2:eu-west-1:111122223333:security-group/sg-0web',
        },
        {
          from: 'arn:aws:lambda:eu-west-1:111122223333:function:report-generator',
          relation: 'in',
          to: 'arn:aws:ec2:eu-west-1:111122223333:subnet/subnet-0b',
        },
        {
          from: 'arn:aws:iam::111122223333:role/break-glass',
          relation: 'trusts',
          to: 'arn:aws:iam::111122223333:user/alice',
        },
      ]),
    )
    const graph = buildInventoryGraph(
      { ...environment, relationships: environment.relationships },
      '2026-03-02T09:00:00.000Z',
      [],
    )
    const exposedRoles = graph.nodes
      .filter((node) => node.type === 'role' && node.exposures !== undefined)
      .map((node) => node.name)
    expect(exposedRoles.sort()).toEqual(['github-deploy', 'vendor-audit'])
  })

  it('records a denied call with the permission it needs and collects the rest', async () => {
    const { environment, errors } = await collect(
      [
        { service: 'iam', operation: 'ListRoles' },
        { service: 'lambda', operation: 'ListFunctions', region: 'eu-west-1' },
      ],
      ['eu-west-1'],
    )
    expect(Object.keys(errors).sort()).toEqual(['AWS IAM ListRoles', 'AWS Lambda ListFunctions in eu-west-1'])
    expect(errors['AWS IAM ListRoles']).toMatch(
      /^AWS IAM ListRoles: permission denied; the caller needs iam:ListRoles: User: /,
    )
    expect(errors['AWS Lambda ListFunctions in eu-west-1']).toMatch(
      /needs lambda:ListFunctions: .*\(eu-west-1\)$/,
    )
    expect(environment.resources.some((resource) => resource.type === 'role')).toBe(false)
    expect(environment.resources.some((resource) => resource.type === 'function')).toBe(false)
    expect(environment.resources.filter((resource) => resource.type === 'instance')).toHaveLength(3)
    // The instance's role was not listed, so the edge to it is left out rather than left dangling.
    expect(environment.relationships.some((relationship) => relationship.relation === 'assumes')).toBe(false)
  })

  it('calls only the actions of the documented read-only policy', async () => {
    const { calls } = await collect()
    const documented = documentedActions()
    const used = new Set(calls.map(actionOf))
    expect([...used].filter((action) => !documented.has(action))).toEqual([])
    expect([...documented].filter((action) => !used.has(action))).toEqual([])
  })

  it('ends the run with a ServiceError when the credentials are refused', async () => {
    const fake = await startFakeAws(SAMPLE_ACCOUNT, [{ service: 'sts', operation: 'GetCallerIdentity' }])
    running.push(fake)
    const settings: AwsSettings = { endpoint: fake.endpoint, maxAttempts: 1, homeRegion: 'us-east-1' }
    await expect(collectAws(settings, () => {})).rejects.toThrow(ServiceError)
  })
})

describe('the built script in live mode', () => {
  it('writes valid OCSF for a live account, with the denial as a Failure event and a warning', async () => {
    const fake = await startFakeAws(SAMPLE_ACCOUNT, [{ service: 'sagemaker', operation: 'ListEndpoints' }])
    running.push(fake)
    const home = mkdtempSync(join(tmpdir(), 'aws-cli-'))
    const run = await runSkillAsync(
      'discover-environment',
      ['--provider', 'aws', '--region', 'eu-west-1', '--endpoint-url', fake.endpoint, '--format', 'ocsf'],
      { env: { ...exampleCredentialsEnv(home), AWS_REGION: 'us-east-1' } },
    )
    expect(run.stderr).toMatch(
      /not collected: Amazon SageMaker ListEndpoints: permission denied; the caller needs sagemaker:ListEndpoints/,
    )
    expect(run.status).toBe(0)
    const events = parseJsonl(run.stdout)
    expect(zodProblems(events)).toEqual([])
    const failures = events.filter((event) => (event as { status_id?: number }).status_id === 2)
    expect(failures).toHaveLength(1)
    if (HAS_SHARED) expect(ocsfValidate(run.stdout).output).toMatch(/ 0 invalid, 0 warnings/)
  })

  it('writes a snapshot that gives offline the graph of the live run', async () => {
    const fake = await startFakeAws(SAMPLE_ACCOUNT)
    running.push(fake)
    const dir = mkdtempSync(join(tmpdir(), 'aws-snapshot-'))
    const env = { ...exampleCredentialsEnv(dir), AWS_REGION: 'us-east-1' }
    const live = ['--provider', 'aws', '--region', 'eu-west-1', '--endpoint-url', fake.endpoint]
    const snapshotFile = join(dir, 'snapshot.json')
    const collected = await runSkillAsync('discover-environment', ['collect', ...live, '-o', snapshotFile], {
      env,
    })
    expect(collected.status).toBe(0)
    const fromLive = await runSkillAsync('discover-environment', live, { env })
    const offline = await runSkillAsync('discover-environment', [snapshotFile], {
      env: credentialFreeEnv(dir),
    })
    expect(offline.status).toBe(0)
    const graphOf = (text: string) => {
      const { nodes, edges } = JSON.parse(text) as { nodes: unknown[]; edges: unknown[] }
      return { nodes, edges }
    }
    expect(graphOf(offline.stdout)).toEqual(graphOf(fromLive.stdout))
    expect(JSON.parse(readFileSync(snapshotFile, 'utf8'))).toMatchObject({
      kind: 'discover-environment',
      errors: {},
    })
  })

  it('exits 4 naming the credential chain when there are no credentials', async () => {
    const fake = await startFakeAws(SAMPLE_ACCOUNT)
    running.push(fake)
    const run = await runSkillAsync(
      'discover-environment',
      ['collect', '--provider', 'aws', '--endpoint-url', fake.endpoint],
      {
        env: credentialFreeEnv(mkdtempSync(join(tmpdir(), 'aws-none-'))),
      },
    )
    expect(run.status).toBe(4)
    expect(run.stderr).toMatch(
      /AWS STS GetCallerIdentity: no usable credentials \(the AWS SDK credential chain/,
    )
    expect(fake.calls).toEqual([])
  })
})

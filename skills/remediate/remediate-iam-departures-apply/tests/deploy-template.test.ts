/**
 * The CloudFormation templates of the event-driven deployment (deploy/iam-departures/), parsed with the
 * CloudFormation tags: least privilege (no wildcard action in any Allow; the member role may make exactly
 * the IAM calls the code makes), the explicit Deny on protected principals, the organisation boundary on
 * cross-account access, and the wiring of events, approval, dead letters and alarms.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse, type Tags } from 'yaml'
import { OPERATIONS } from '#shared/remediate/index.ts'
import { ROOT } from '../../../../tests/helpers/paths.ts'

/** !Ref, !Sub, !GetAtt... in scalar and sequence form, read into their JSON shapes ({"Ref": ...}). */
const FUNCTIONS = [
  'Ref',
  'Sub',
  'GetAtt',
  'Join',
  'Select',
  'Split',
  'If',
  'Equals',
  'Not',
  'And',
  'Or',
  'FindInMap',
  'ImportValue',
  'Base64',
  'GetAZs',
  'Cidr',
]
const CLOUDFORMATION_TAGS: Tags = FUNCTIONS.flatMap((name) => {
  const key = name === 'Ref' ? 'Ref' : `Fn::${name}`
  const toValue = (value: unknown) => ({
    [key]: name === 'GetAtt' && typeof value === 'string' ? value.split('.') : value,
  })
  return [
    { tag: `!${name}`, resolve: (value: string) => toValue(value) },
    {
      tag: `!${name}`,
      collection: 'seq' as const,
      resolve: (value: { toJSON(): unknown }) => toValue(value.toJSON()),
    },
    {
      tag: `!${name}`,
      collection: 'map' as const,
      resolve: (value: { toJSON(): unknown }) => toValue(value.toJSON()),
    },
  ]
})

interface Resource {
  Type: string
  // biome-ignore lint/suspicious/noExplicitAny: CloudFormation properties are free-form; each assertion states the shape it expects.
  Properties: Record<string, any>
}

/** A Step Functions definition substitution, `${Name}`, as the template writes it. */
const substitution = (name: string) => `\${${name}}`

function template(name: string): { Resources: Record<string, Resource> } {
  return parse(readFileSync(join(ROOT, 'deploy', 'iam-departures', name), 'utf8'), {
    customTags: CLOUDFORMATION_TAGS,
  })
}

interface Statement {
  Sid?: string
  Effect: 'Allow' | 'Deny'
  Action: string | string[]
  Resource?: unknown
  Condition?: Record<string, Record<string, unknown>>
}

function statementsOf(resources: Record<string, Resource>): Array<Statement & { resource: string }> {
  const statements: Array<Statement & { resource: string }> = []
  for (const [name, resource] of Object.entries(resources)) {
    const documents = [
      resource.Properties.KeyPolicy,
      resource.Properties.PolicyDocument,
      ...(resource.Properties.Policies ?? []).map(
        (policy: { PolicyDocument: unknown }) => policy.PolicyDocument,
      ),
    ]
    for (const document of documents) {
      for (const statement of (document as { Statement?: Statement[] } | undefined)?.Statement ?? [])
        statements.push({ ...statement, resource: name })
    }
  }
  return statements
}

const actionsOf = (statement: Statement) => [statement.Action].flat()
const main = template('template.yaml').Resources
const member = template('member-role.yaml').Resources
const IAM_WRITES = Object.values(OPERATIONS)
  .filter((operation) => operation.provider === 'aws')
  .map((operation) => operation.permission)
  .sort()

describe('deploy/iam-departures', () => {
  it('grants no wildcard action in any Allow statement of either template', () => {
    const wildcards = [...statementsOf(main), ...statementsOf(member)]
      .filter((statement) => statement.Effect === 'Allow')
      .flatMap((statement) =>
        actionsOf(statement)
          .filter((action) => action.includes('*'))
          .map((action) => `${statement.resource}/${statement.Sid}: ${action}`),
      )
    expect(wildcards).toEqual([])
  })

  it('lets the member role make exactly the IAM writes apply makes, and no other write', () => {
    const allowed = statementsOf(member)
      .filter((statement) => statement.Effect === 'Allow')
      .flatMap(actionsOf)
      .filter((action) => !/^iam:(List|Get)/.test(action))
      .sort()
    expect(allowed).toEqual(IAM_WRITES)
  })

  it('denies every one of those writes on the protected principals, explicitly', () => {
    const deny = statementsOf(member).find((statement) => statement.Sid === 'NeverTouchProtectedPrincipals')
    expect(deny?.Effect).toBe('Deny')
    expect(actionsOf(deny as Statement).sort()).toEqual(IAM_WRITES)
    const resources = JSON.stringify(deny?.Resource)
    for (const pattern of [':root', 'user/break-glass-*', 'user/emergency-*', 'role/*'])
      expect(resources).toContain(pattern)
    const tagged = statementsOf(member).find(
      (statement) => statement.Sid === 'NeverTouchUsersTaggedProtected',
    )
    expect(tagged?.Effect).toBe('Deny')
    expect(tagged?.Condition?.StringEquals).toEqual({ 'aws:ResourceTag/offboarding-protected': 'true' })
  })

  it('assumes member roles only inside the organisation, and the member role trusts only the two functions', () => {
    const assumes = statementsOf(main).filter(
      (statement) =>
        actionsOf(statement).includes('sts:AssumeRole') &&
        statement.Effect === 'Allow' &&
        statement.Condition !== undefined,
    )
    expect(assumes.map((statement) => statement.resource).sort()).toEqual([
      'ApplyFunctionRole',
      'PlanFunctionRole',
    ])
    for (const statement of assumes)
      expect(statement.Condition?.StringEquals).toEqual({ 'aws:ResourceOrgID': { Ref: 'OrganizationId' } })
    const trust = member.RemediationRole?.Properties.AssumeRolePolicyDocument.Statement[0]
    expect(trust.Condition.StringEquals).toEqual({ 'aws:PrincipalOrgID': { Ref: 'OrganizationId' } })
    expect(trust.Condition.ArnEquals['aws:PrincipalArn']).toEqual([
      { Ref: 'PlanFunctionRoleArn' },
      { Ref: 'ApplyFunctionRoleArn' },
    ])
  })

  it('starts the workflow on a new export in S3, plans, waits for an approval token, applies, and alerts on failure', () => {
    const rule = main.NewDeparturesExport?.Properties
    expect(rule?.EventPattern).toMatchObject({
      source: ['aws.s3'],
      'detail-type': ['Object Created'],
      detail: { bucket: { name: [{ Ref: 'ExportBucket' }] } },
    })
    expect(rule?.Targets[0].Arn).toEqual({ Ref: 'DeparturesWorkflow' })
    expect(
      main.ExportBucket?.Properties.NotificationConfiguration.EventBridgeConfiguration.EventBridgeEnabled,
    ).toBe(true)
    const workflow = main.DeparturesWorkflow?.Properties
    const states = workflow?.Definition.States
    expect(workflow?.DefinitionSubstitutions).toEqual({
      PlanFunction: { 'Fn::GetAtt': ['PlanFunction', 'Arn'] },
      ApplyFunction: { 'Fn::GetAtt': ['ApplyFunction', 'Arn'] },
      AlertTopic: { Ref: 'AlertTopic' },
    })
    expect(states.Plan.Parameters.FunctionName).toBe(substitution('PlanFunction'))
    expect(states.RequestApproval.Resource).toBe('arn:aws:states:::sns:publish.waitForTaskToken')
    expect(states.Apply.Parameters.FunctionName).toBe(substitution('ApplyFunction'))
    expect(states.Apply.Parameters.Payload['approval.$']).toBe('$.decision.approval')
    for (const task of ['Plan', 'RequestApproval', 'Apply'])
      expect(states[task].Catch[0].Next).toBe('AlertFailure')
    expect(states.Complete.Default).toBe('AlertIncomplete')
    for (const alert of ['AlertFailure', 'AlertIncomplete'])
      expect(states[alert].Parameters.TopicArn).toBe(substitution('AlertTopic'))
  })

  it('runs the bundles as the functions, dead letters to an encrypted queue, audit to a KMS-encrypted Object Lock bucket, with alarms wired', () => {
    expect(main.PlanFunction?.Properties.Handler).toBe('remediate-iam-departures-plan.handler')
    expect(main.ApplyFunction?.Properties.Handler).toBe('remediate-iam-departures-apply.handler')
    expect(main.ApplyFunction?.Properties.Environment.Variables.DEAD_LETTER_QUEUE_URL).toEqual({
      Ref: 'DeadLetterQueue',
    })
    expect(main.DeadLetterQueue?.Properties.KmsMasterKeyId).toEqual({ Ref: 'AuditKey' })
    const audit = main.AuditBucket?.Properties
    expect(
      audit?.BucketEncryption.ServerSideEncryptionConfiguration[0].ServerSideEncryptionByDefault,
    ).toEqual({ SSEAlgorithm: 'aws:kms', KMSMasterKeyID: { 'Fn::GetAtt': ['AuditKey', 'Arn'] } })
    expect(audit?.ObjectLockConfiguration.Rule.DefaultRetention.Mode).toBe('COMPLIANCE')
    const alarms = Object.values(main).filter((resource) => resource.Type === 'AWS::CloudWatch::Alarm')
    expect(
      alarms.map((alarm) => [alarm.Properties.MetricName, alarm.Properties.AlarmActions]).sort(),
    ).toEqual([
      ['ApproximateNumberOfMessagesVisible', [{ Ref: 'AlertTopic' }]],
      ['ExecutionsFailed', [{ Ref: 'AlertTopic' }]],
    ])
    expect(
      alarms.find((alarm) => alarm.Properties.Namespace === 'AWS/SQS')?.Properties.Dimensions[0].Value,
    ).toEqual({ 'Fn::GetAtt': ['DeadLetterQueue', 'QueueName'] })
    const denyDeletes = statementsOf(main).find((statement) => statement.Sid === 'NeverRewriteTheAudit')
    expect(denyDeletes?.Effect).toBe('Deny')
  })
})

/**
 * Where each service's resource-policy call carries the policy document in its request parameters.
 * S3 bucket policies have their own rule (bucket-exposure.ts); Lambda's AddPermission writes one
 * statement from flat parameters rather than a document, so it is judged on its own terms.
 */
import { type AwsCall, isPublicStatement, policyStatements } from '#shared/aws/index.ts'
import { asString, type JsonObject, path } from '#shared/json/index.ts'

type PolicyOf = (request: JsonObject) => unknown

const POLICY_LOCATIONS: ReadonlyMap<string, ReadonlyMap<string, PolicyOf>> = new Map([
  ['ecr.amazonaws.com', new Map([['SetRepositoryPolicy', (request: JsonObject) => request.policyText]])],
  [
    'kms.amazonaws.com',
    new Map([
      ['PutKeyPolicy', (request: JsonObject) => request.policy],
      ['CreateKey', (request: JsonObject) => request.policy],
    ]),
  ],
  [
    'sqs.amazonaws.com',
    new Map([
      ['SetQueueAttributes', (request: JsonObject) => path(request, 'attributes', 'Policy')],
      ['CreateQueue', (request: JsonObject) => path(request, 'attributes', 'Policy')],
    ]),
  ],
  [
    'sns.amazonaws.com',
    new Map([
      [
        'SetTopicAttributes',
        (request: JsonObject) => (request.attributeName === 'Policy' ? request.attributeValue : undefined),
      ],
      ['CreateTopic', (request: JsonObject) => path(request, 'attributes', 'Policy')],
    ]),
  ],
  [
    'secretsmanager.amazonaws.com',
    new Map([['PutResourcePolicy', (request: JsonObject) => request.resourcePolicy]]),
  ],
  [
    'es.amazonaws.com',
    new Map([
      ['CreateElasticsearchDomain', (request: JsonObject) => request.accessPolicies],
      ['UpdateElasticsearchDomainConfig', (request: JsonObject) => request.accessPolicies],
      ['CreateDomain', (request: JsonObject) => request.accessPolicies],
      ['UpdateDomainConfig', (request: JsonObject) => request.accessPolicies],
    ]),
  ],
])

/** Lambda permission parameters that confine a `*` principal to one source, account or organisation. */
const LAMBDA_SCOPING_PARAMETERS = ['sourceArn', 'sourceAccount', 'principalOrgID']

/** A Lambda permission for `*` with nothing scoping it (CloudTrail names AddPermission with its API version). */
function isPublicLambdaPermission(call: AwsCall): boolean {
  if (call.service !== 'lambda.amazonaws.com' || !call.operation.startsWith('AddPermission')) return false
  if (asString(call.request?.principal) !== '*') return false
  return LAMBDA_SCOPING_PARAMETERS.every((parameter) => asString(call.request?.[parameter]) === undefined)
}

/** Whether a successful call sets a resource policy that lets any AWS principal in. */
export function opensResourcePolicy(call: AwsCall): boolean {
  if (isPublicLambdaPermission(call)) return true
  const policyOf = POLICY_LOCATIONS.get(call.service)?.get(call.operation)
  if (policyOf === undefined || call.request === undefined) return false
  return policyStatements(policyOf(call.request)).some(isPublicStatement)
}

/** What the policy guards, for the finding: the request member that names the resource. */
export function resourceNameOf(call: AwsCall): string {
  const request = call.request
  const name =
    asString(request?.repositoryName) ??
    asString(request?.keyId) ??
    asString(request?.queueUrl) ??
    asString(request?.topicArn) ??
    asString(request?.secretId) ??
    asString(request?.domainName) ??
    asString(request?.functionName)
  return name ?? `a resource of ${call.service}`
}

/**
 * The AWS resources a GuardDuty finding names (`resource`, and an attack sequence's resources) as OCSF
 * resource details. `uid` is the resource's ARN where GuardDuty gives one, else its id (instance id,
 * access key id); an instance also carries its first private address as `ip`, so flow logs join on it.
 */
import { isIP } from 'node:net'
import {
  asArray,
  asObject,
  asString,
  compact,
  compactOrOmit,
  type JsonObject,
  pathOfEitherCase,
} from '#shared/json/index.ts'
import { ACCOUNT_TYPES, type KeyValueObject, type ResourceDetails } from '#shared/ocsf/index.ts'

const at = pathOfEitherCase

/** GuardDuty's service.resourceRole to resource_details.role_id. */
const RESOURCE_ROLES: Readonly<Record<string, { role_id: 1 | 2; role: string }>> = {
  TARGET: { role_id: 1, role: 'Target' },
  ACTOR: { role_id: 2, role: 'Actor' },
}

function tagsOf(value: unknown): KeyValueObject[] | undefined {
  const tags: KeyValueObject[] = []
  for (const tag of asArray(value) ?? []) {
    const name = asString(at(tag, 'key'))
    const tagValue = asString(at(tag, 'value'))
    if (name !== undefined && tagValue !== undefined) tags.push({ name, value: tagValue })
  }
  return tags.length > 0 ? tags : undefined
}

function firstPrivateAddress(instance: unknown): string | undefined {
  for (const networkInterface of asArray(at(instance, 'networkInterfaces')) ?? []) {
    const address = asString(at(networkInterface, 'privateIpAddress'))
    if (address !== undefined && isIP(address) !== 0) return address
  }
  return undefined
}

function named(resource: ResourceDetails): ResourceDetails | undefined {
  return resource.uid !== undefined || resource.name !== undefined ? resource : undefined
}

function detailResources(resource: unknown): Array<ResourceDetails | undefined> {
  const instance = at(resource, 'instanceDetails')
  const found: Array<ResourceDetails | undefined> = [
    named(
      compact({
        type: 'AccessKey',
        uid: asString(at(resource, 'accessKeyDetails', 'accessKeyId')),
        name: asString(at(resource, 'accessKeyDetails', 'userName')),
      }),
    ),
    named(
      compact({
        type: 'Instance',
        uid: asString(at(instance, 'instanceId')),
        zone: asString(at(instance, 'availabilityZone')),
        ip: firstPrivateAddress(instance),
        tags: tagsOf(at(instance, 'tags')),
      }),
    ),
  ]
  for (const bucket of asArray(at(resource, 's3BucketDetails')) ?? []) {
    found.push(
      named(
        compact({ type: 'S3Bucket', uid: asString(at(bucket, 'arn')), name: asString(at(bucket, 'name')) }),
      ),
    )
  }
  const clusters: ReadonlyArray<readonly [string, string, string, string]> = [
    ['eksClusterDetails', 'EKSCluster', 'arn', 'name'],
    ['ecsClusterDetails', 'ECSCluster', 'arn', 'name'],
    ['rdsDbInstanceDetails', 'RDSDBInstance', 'dbInstanceArn', 'dbInstanceIdentifier'],
    ['lambdaDetails', 'Lambda', 'functionArn', 'functionName'],
    ['containerDetails', 'Container', 'id', 'name'],
  ]
  for (const [key, type, uidKey, nameKey] of clusters) {
    const details = at(resource, key)
    found.push(
      named(compact({ type, uid: asString(at(details, uidKey)), name: asString(at(details, nameKey)) })),
    )
  }
  const workload = at(resource, 'kubernetesDetails', 'kubernetesWorkloadDetails')
  found.push(
    named(
      compact({
        type: asString(at(workload, 'type')) ?? 'KubernetesWorkload',
        uid: asString(at(workload, 'uid')),
        name: asString(at(workload, 'name')),
        namespace: asString(at(workload, 'namespace')),
      }),
    ),
  )
  return found
}

/** An attack sequence lists the resources its signals touched (ResourceV2). */
function sequenceResources(finding: JsonObject): Array<ResourceDetails | undefined> {
  const found: Array<ResourceDetails | undefined> = []
  for (const item of asArray(at(finding, 'service', 'detection', 'sequence', 'resources')) ?? []) {
    found.push(
      named(
        compact({
          type: asString(at(item, 'resourceType')),
          uid: asString(at(item, 'uid')),
          name: asString(at(item, 'name')),
          region: asString(at(item, 'region')),
          cloud_partition: asString(at(item, 'cloudPartition')),
          tags: tagsOf(at(item, 'tags')),
        }),
      ),
    )
  }
  return found
}

/** The resources an API call changed, by CloudFormation type: `{"AWS::IAM::Role": "arn:aws:iam::..."}`. */
function affectedResources(finding: JsonObject): ResourceDetails[] {
  const affected = asObject(at(finding, 'service', 'action', 'awsApiCallAction', 'affectedResources'))
  const resources: ResourceDetails[] = []
  for (const [type, uid] of Object.entries(affected ?? {})) {
    const text = asString(uid)
    if (text !== undefined) resources.push({ type, uid: text, role_id: 3, role: 'Affected' })
  }
  return resources
}

export function resourcesOf(finding: JsonObject): ResourceDetails[] {
  const role = RESOURCE_ROLES[asString(at(finding, 'service', 'resourceRole')) ?? '']
  const region = asString(at(finding, 'region'))
  const partition = asString(at(finding, 'partition'))
  const resources: ResourceDetails[] = []
  for (const resource of detailResources(at(finding, 'resource'))) {
    if (resource === undefined) continue
    resources.push(compact({ ...resource, region, cloud_partition: partition, ...role }))
  }
  for (const resource of sequenceResources(finding)) {
    if (resource !== undefined) resources.push(resource)
  }
  resources.push(...affectedResources(finding))
  return resources
}

/** Who acted, when GuardDuty says: the IAM principal behind an access key, or a Kubernetes user. */
export function actorOf(finding: JsonObject) {
  const accessKey = at(finding, 'resource', 'accessKeyDetails')
  const kubernetesUser = at(finding, 'resource', 'kubernetesDetails', 'kubernetesUserDetails')
  const accountUid = asString(at(finding, 'accountId'))
  const iamUser = compactOrOmit({
    name: asString(at(accessKey, 'userName')),
    uid: asString(at(accessKey, 'principalId')),
  })
  const keyId = asString(at(accessKey, 'accessKeyId'))
  if (iamUser !== undefined || keyId !== undefined) {
    return compact({
      user: compactOrOmit({
        ...iamUser,
        account: accountUid === undefined ? undefined : { uid: accountUid, ...ACCOUNT_TYPES.awsAccount },
      }),
      session: keyId === undefined ? undefined : { credential_uid: keyId },
    })
  }
  const username = asString(at(kubernetesUser, 'username'))
  if (username === undefined) return undefined
  const groups = (asArray(at(kubernetesUser, 'groups')) ?? [])
    .map((group) => asString(group))
    .filter((group) => group !== undefined)
    .map((name) => ({ name }))
  return {
    user: compact({
      name: username,
      uid: asString(at(kubernetesUser, 'uid')),
      groups: groups.length > 0 ? groups : undefined,
    }),
  }
}

/**
 * ASFF `Resources[]` as OCSF resource details, and the actor an access-key resource describes. `Details`
 * is not copied: resource details in ASFF can hold configuration such as Lambda environment variables,
 * which may be secrets.
 */
import {
  asArray,
  asBoolean,
  asObject,
  asString,
  compact,
  compactOrOmit,
  type JsonObject,
  path,
} from '#shared/json/index.ts'
import {
  ACCOUNT_TYPES,
  type Actor,
  type KeyValueObject,
  parseEventTime,
  type ResourceDetails,
} from '#shared/ocsf/index.ts'

/** ASFF ResourceRole to resource_details.role_id. */
const RESOURCE_ROLES: Readonly<Record<string, { role_id: 1 | 2; role: string }>> = {
  target: { role_id: 1, role: 'Target' },
  actor: { role_id: 2, role: 'Actor' },
}

function tagsOf(value: unknown): KeyValueObject[] | undefined {
  const tags: KeyValueObject[] = []
  for (const [name, tagValue] of Object.entries(asObject(value) ?? {})) {
    const text = asString(tagValue)
    if (text !== undefined) tags.push({ name, value: text })
  }
  return tags.length > 0 ? tags : undefined
}

export function resourcesOf(finding: JsonObject): ResourceDetails[] {
  const resources: ResourceDetails[] = []
  for (const item of asArray(finding.Resources) ?? []) {
    const resource = compact({
      type: asString(path(item, 'Type')),
      uid: asString(path(item, 'Id')),
      region: asString(path(item, 'Region')),
      cloud_partition: asString(path(item, 'Partition')),
      ...RESOURCE_ROLES[(asString(path(item, 'ResourceRole')) ?? '').toLowerCase()],
      tags: tagsOf(path(item, 'Tags')),
    })
    if (resource.uid !== undefined) resources.push(resource)
  }
  return resources
}

/** The principal behind an AwsIamAccessKey resource: who used the key, in which session. */
export function actorOf(finding: JsonObject): Actor | undefined {
  for (const item of asArray(finding.Resources) ?? []) {
    const key = asObject(path(item, 'Details', 'AwsIamAccessKey'))
    if (key === undefined) continue
    const issuer = path(key, 'SessionContext', 'SessionIssuer')
    const accountUid = asString(key.AccountId)
    const user = compactOrOmit({
      name: asString(key.PrincipalName) ?? asString(path(issuer, 'UserName')),
      uid: asString(key.PrincipalId),
      account: accountUid === undefined ? undefined : { uid: accountUid, ...ACCOUNT_TYPES.awsAccount },
    })
    const session = compactOrOmit({
      credential_uid: asString(key.AccessKeyId) ?? asString(path(item, 'Id')),
      issuer: asString(path(issuer, 'Arn')),
      created_time: parseEventTime(path(key, 'SessionContext', 'Attributes', 'CreationDate')),
      is_mfa: asBoolean(path(key, 'SessionContext', 'Attributes', 'MfaAuthenticated')),
    })
    if (user !== undefined || session !== undefined) return compact({ user, session })
  }
  return undefined
}

/** IAM: users and their access keys, roles and whom their trust policies admit, and instance profiles' roles. */
import type { Collection } from '../collection.ts'
import { type AwsAccount, type AwsSettings, clientConfig } from './aws-settings.ts'
import { trustedPrincipals } from './trust-policy.ts'

function call(operation: string) {
  return { service: 'AWS IAM', operation, permission: `iam:${operation}` }
}

/** Instance profile ARN to the role ARNs it carries, for instances that name only their profile. */
export type InstanceProfileRoles = ReadonlyMap<string, readonly string[]>

export async function collectIam(
  settings: AwsSettings,
  account: AwsAccount,
  collection: Collection,
): Promise<InstanceProfileRoles> {
  const sdk = await import('@aws-sdk/client-iam')
  const client = new sdk.IAMClient(clientConfig(settings, settings.homeRegion))
  const users = await collection.read(call('ListUsers'), async () => {
    const found: Array<{ name: string; arn: string }> = []
    for await (const page of sdk.paginateListUsers({ client }, {})) {
      for (const user of page.Users ?? []) found.push({ name: user.UserName ?? '', arn: user.Arn ?? '' })
    }
    return found
  })
  for (const user of users ?? []) {
    collection.add({ uid: user.arn, type: 'user', name: user.name, account: account.accountId })
    await collection.read(call('ListAccessKeys'), async () => {
      for await (const page of sdk.paginateListAccessKeys({ client }, { UserName: user.name })) {
        for (const key of page.AccessKeyMetadata ?? []) {
          const id = key.AccessKeyId ?? ''
          collection.add({
            uid: id,
            type: 'access-key',
            name: id,
            status: key.Status === 'Active' ? 'active' : 'inactive',
          })
          collection.relate(user.arn, 'has', id)
        }
      }
    })
  }
  await collection.read(call('ListRoles'), async () => {
    for await (const page of sdk.paginateListRoles({ client }, {})) {
      for (const role of page.Roles ?? []) {
        const arn = role.Arn ?? ''
        collection.add({ uid: arn, type: 'role', name: role.RoleName, account: account.accountId })
        for (const principal of trustedPrincipals(role.AssumeRolePolicyDocument, account.partition)) {
          if (!collection.has(principal.uid)) {
            collection.add({
              uid: principal.uid,
              type: 'principal',
              name: principal.uid,
              account: principal.account,
              external: principal.external || undefined,
            })
          }
          collection.relate(arn, 'trusts', principal.uid)
        }
      }
    }
  })
  const profiles = await collection.read(call('ListInstanceProfiles'), async () => {
    const found = new Map<string, string[]>()
    for await (const page of sdk.paginateListInstanceProfiles({ client }, {})) {
      for (const profile of page.InstanceProfiles ?? []) {
        found.set(
          profile.Arn ?? '',
          (profile.Roles ?? []).map((role) => role.Arn ?? ''),
        )
      }
    }
    return found
  })
  client.destroy()
  return profiles ?? new Map()
}

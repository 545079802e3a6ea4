/**
 * IAM users of one or more AWS accounts, read-only: ListUsers and ListUserTags to match people, then
 * everything a user holds (keys and their last use, console password, groups, policies, MFA devices,
 * certificates, SSH keys, service-specific credentials) for the users that matched.
 */
import type { IAMClient } from '@aws-sdk/client-iam'
import type { AwsClientConfig } from './aws-config.ts'
import { sdkOptions } from './aws-config.ts'
import { type Candidate, type IdentityDirectory, matchOf, type PersonKeys } from './directory.ts'
import { type AccessKey, type AwsIamUser, type IdentityRef, parseIamUserArn } from './identity.ts'
import { isNoSuchEntity, readWithRetry } from './read-call.ts'
import type { RetryPolicy } from './retry.ts'

/** Tag keys that hold a user's email address or employee id, as organisations commonly name them. */
export const DEFAULT_EMAIL_TAGS = ['email', 'Email', 'mail', 'owner-email']
export const DEFAULT_EMPLOYEE_ID_TAGS = ['employee_id', 'EmployeeId', 'employee-id', 'employeeId']

export interface AwsAccountTarget {
  /** The account id, when known before the first call (cross-account roles); else taken from the ARNs. */
  readonly account?: string
  readonly config: AwsClientConfig
}

export interface AwsDirectoryOptions {
  readonly targets: readonly AwsAccountTarget[]
  readonly retry: RetryPolicy
  readonly emailTags?: readonly string[]
  readonly employeeIdTags?: readonly string[]
}

type Iam = typeof import('@aws-sdk/client-iam')

const CREDENTIALS_HINT = 'AWS_PROFILE, AWS_ACCESS_KEY_ID or an instance role'

function isoOf(date: Date | undefined): string | undefined {
  return date === undefined ? undefined : date.toISOString()
}

function latest(...times: Array<string | undefined>): string | undefined {
  let result: string | undefined
  for (const time of times) if (time !== undefined && (result === undefined || time > result)) result = time
  return result
}

interface ListedUser {
  readonly account: string
  readonly name: string
  readonly arn: string
  readonly email?: string
  readonly employee_id?: string
}

class AccountReader {
  constructor(
    private readonly iam: Iam,
    private readonly client: IAMClient,
    private readonly retry: RetryPolicy,
  ) {}

  private call<T>(operation: string, read: () => Promise<T>): Promise<T> {
    return readWithRetry(
      { service: 'AWS IAM', operation, permission: `iam:${operation}`, credentialsHint: CREDENTIALS_HINT },
      read,
      this.retry,
    )
  }

  /** Every page of a Marker/IsTruncated listing. */
  private async allPages<T>(
    operation: string,
    page: (marker: string | undefined) => Promise<{ items: T[]; IsTruncated?: boolean; Marker?: string }>,
  ): Promise<T[]> {
    const items: T[] = []
    let marker: string | undefined
    do {
      const result = await this.call(operation, () => page(marker))
      items.push(...result.items)
      marker = result.IsTruncated === true ? result.Marker : undefined
    } while (marker !== undefined)
    return items
  }

  async listUsers(): Promise<Array<{ name: string; arn: string }>> {
    const { ListUsersCommand } = this.iam
    const users = await this.allPages('ListUsers', async (Marker) => {
      const page = await this.client.send(new ListUsersCommand({ Marker }))
      return { ...page, items: page.Users ?? [] }
    })
    return users.map((user) => ({ name: user.UserName as string, arn: user.Arn as string }))
  }

  async tagsOf(userName: string): Promise<Record<string, string>> {
    const { ListUserTagsCommand } = this.iam
    const tags = await this.allPages('ListUserTags', async (Marker) => {
      const page = await this.client.send(new ListUserTagsCommand({ UserName: userName, Marker }))
      return { ...page, items: page.Tags ?? [] }
    })
    const result: Record<string, string> = {}
    for (const tag of tags) if (tag.Key !== undefined) result[tag.Key] = tag.Value ?? ''
    return result
  }

  async readUser(userName: string): Promise<Omit<AwsIamUser, 'email' | 'employee_id'> | undefined> {
    const iam = this.iam
    const got = await this.call('GetUser', async () => {
      try {
        return await this.client.send(new iam.GetUserCommand({ UserName: userName }))
      } catch (error) {
        if (isNoSuchEntity(error)) return undefined
        throw error
      }
    })
    const user = got?.User
    if (user?.Arn === undefined || user.UserName === undefined) return undefined
    const name = user.UserName
    const keys = await this.allPages('ListAccessKeys', async (Marker) => {
      const page = await this.client.send(new iam.ListAccessKeysCommand({ UserName: name, Marker }))
      return { ...page, items: page.AccessKeyMetadata ?? [] }
    })
    const accessKeys: AccessKey[] = []
    for (const key of keys) {
      const id = key.AccessKeyId as string
      const used = await this.call('GetAccessKeyLastUsed', () =>
        this.client.send(new iam.GetAccessKeyLastUsedCommand({ AccessKeyId: id })),
      )
      accessKeys.push({
        id,
        status: key.Status === 'Active' ? 'Active' : 'Inactive',
        created_time: isoOf(key.CreateDate),
        last_used_time: isoOf(used.AccessKeyLastUsed?.LastUsedDate),
      })
    }
    const loginProfile = await this.call('GetLoginProfile', async () => {
      try {
        await this.client.send(new iam.GetLoginProfileCommand({ UserName: name }))
        return true
      } catch (error) {
        if (isNoSuchEntity(error)) return false
        throw error
      }
    })
    const groups = await this.allPages('ListGroupsForUser', async (Marker) => {
      const page = await this.client.send(new iam.ListGroupsForUserCommand({ UserName: name, Marker }))
      return { ...page, items: (page.Groups ?? []).map((group) => group.GroupName as string) }
    })
    const managed = await this.allPages('ListAttachedUserPolicies', async (Marker) => {
      const page = await this.client.send(new iam.ListAttachedUserPoliciesCommand({ UserName: name, Marker }))
      return { ...page, items: (page.AttachedPolicies ?? []).map((policy) => policy.PolicyArn as string) }
    })
    const inline = await this.allPages('ListUserPolicies', async (Marker) => {
      const page = await this.client.send(new iam.ListUserPoliciesCommand({ UserName: name, Marker }))
      return { ...page, items: page.PolicyNames ?? [] }
    })
    const mfa = await this.allPages('ListMFADevices', async (Marker) => {
      const page = await this.client.send(new iam.ListMFADevicesCommand({ UserName: name, Marker }))
      return { ...page, items: (page.MFADevices ?? []).map((device) => device.SerialNumber as string) }
    })
    const certificates = await this.allPages('ListSigningCertificates', async (Marker) => {
      const page = await this.client.send(new iam.ListSigningCertificatesCommand({ UserName: name, Marker }))
      return {
        ...page,
        items: (page.Certificates ?? []).map((certificate) => certificate.CertificateId as string),
      }
    })
    const sshKeys = await this.allPages('ListSSHPublicKeys', async (Marker) => {
      const page = await this.client.send(new iam.ListSSHPublicKeysCommand({ UserName: name, Marker }))
      return { ...page, items: (page.SSHPublicKeys ?? []).map((key) => key.SSHPublicKeyId as string) }
    })
    const serviceCredentials = await this.call('ListServiceSpecificCredentials', () =>
      this.client.send(new iam.ListServiceSpecificCredentialsCommand({ UserName: name })),
    )
    const tags: Record<string, string> = {}
    for (const tag of user.Tags ?? []) if (tag.Key !== undefined) tags[tag.Key] = tag.Value ?? ''
    const keyLastUsed = accessKeys.map((key) => key.last_used_time)
    return {
      provider: 'aws',
      kind: 'iam-user',
      uid: user.Arn,
      name,
      account: parseIamUserArn(user.Arn)?.account,
      enabled: loginProfile || accessKeys.some((key) => key.status === 'Active'),
      created_time: isoOf(user.CreateDate),
      last_used_time: latest(isoOf(user.PasswordLastUsed), ...keyLastUsed),
      tags,
      access_keys: accessKeys,
      login_profile: loginProfile,
      groups,
      managed_policies: managed,
      inline_policies: inline,
      mfa_devices: mfa,
      signing_certificates: certificates,
      ssh_public_keys: sshKeys,
      service_specific_credentials: (serviceCredentials.ServiceSpecificCredentials ?? []).map(
        (credential) => credential.ServiceSpecificCredentialId as string,
      ),
    }
  }
}

function firstTag(tags: Record<string, string>, keys: readonly string[]): string | undefined {
  for (const key of keys) {
    const value = tags[key]
    if (value !== undefined && value.length > 0) return value
  }
  return undefined
}

export async function createAwsDirectory(options: AwsDirectoryOptions): Promise<IdentityDirectory> {
  const iam = await import('@aws-sdk/client-iam')
  const emailTags = options.emailTags ?? DEFAULT_EMAIL_TAGS
  const employeeIdTags = options.employeeIdTags ?? DEFAULT_EMPLOYEE_ID_TAGS
  const readers = options.targets.map((target) => ({
    target,
    reader: new AccountReader(iam, new iam.IAMClient(sdkOptions(target.config)), options.retry),
  }))
  let listed: ListedUser[] | undefined

  async function listAll(): Promise<ListedUser[]> {
    const users: ListedUser[] = []
    for (const { reader } of readers) {
      for (const user of await reader.listUsers()) {
        const tags = await reader.tagsOf(user.name)
        users.push({
          account: parseIamUserArn(user.arn)?.account ?? '',
          name: user.name,
          arn: user.arn,
          email: firstTag(tags, emailTags),
          employee_id: firstTag(tags, employeeIdTags),
        })
      }
    }
    return users
  }

  function readerFor(account: string): AccountReader | undefined {
    const exact = readers.find(({ target }) => target.account === account)
    if (exact !== undefined) return exact.reader
    // One target without a stated account is the caller's own account.
    return readers.length === 1 && readers[0]?.target.account === undefined ? readers[0]?.reader : undefined
  }

  async function read(ref: IdentityRef): Promise<AwsIamUser | undefined> {
    const parsed = parseIamUserArn(ref.uid)
    if (parsed === undefined) return undefined
    const reader = readerFor(parsed.account)
    if (reader === undefined) throw new Error(`no AWS credentials configured for account ${parsed.account}`)
    const user = await reader.readUser(parsed.userName)
    if (user === undefined) return undefined
    return {
      ...user,
      email: firstTag(user.tags, emailTags),
      employee_id: firstTag(user.tags, employeeIdTags),
    }
  }

  return {
    provider: 'aws',
    async find(person: PersonKeys): Promise<Candidate[]> {
      listed ??= await listAll()
      const candidates: Candidate[] = []
      for (const user of listed) {
        const match = matchOf(user, person)
        if (match === undefined) continue
        const identity = await read({ provider: 'aws', uid: user.arn })
        if (identity !== undefined)
          candidates.push({ identity, match: match === 'email' ? 'email tag' : match })
      }
      return candidates
    },
    read,
  }
}

/** IAM: the account summary, password policy, credential report, virtual MFA devices, users' policies, attached policies. */
import type { IAMClient } from '@aws-sdk/client-iam'
import type { Progress } from '#shared/posture/index.ts'
import { SECTIONS } from '../sections.ts'
import type { AwsSnapshotData } from '../snapshot.ts'
import { type ApiCall, attempt, CollectionError, mapLimit, nullWhen } from './aws-call.ts'
import { type ClientSettings, clientConfig } from './client-settings.ts'
import { parseCredentialReport } from './credential-report.ts'

type Iam = AwsSnapshotData['iam']
type IamSdk = typeof import('@aws-sdk/client-iam')

interface IamReader {
  readonly client: IAMClient
  readonly sdk: IamSdk
  readonly errors: Record<string, string>
}

function call(operation: string): ApiCall {
  return { service: 'AWS IAM', operation, permission: `iam:${operation}` }
}

/** Calls in flight at once for per-user and per-policy reads: well inside IAM's request rate. */
const CONCURRENCY = 4

export interface ReportTiming {
  /** Polls of GenerateCredentialReport before giving up, and the wait between them. */
  readonly polls: number
  readonly pollIntervalMs: number
}

/** Asks IAM for a fresh report (at most four hours old), waits until it is complete, and reads it. */
async function credentialReport({ client, sdk, errors }: IamReader, timing: ReportTiming) {
  await attempt(errors, SECTIONS.credentialReport, call('GenerateCredentialReport'), async () => {
    for (let poll = 1; ; poll += 1) {
      const { State } = await client.send(new sdk.GenerateCredentialReportCommand({}))
      if (State === 'COMPLETE') return
      if (poll >= timing.polls) throw new CollectionError(`the report was still ${State} after ${poll} polls`)
      await new Promise((resolve) => setTimeout(resolve, timing.pollIntervalMs))
    }
  })
  return attempt(errors, SECTIONS.credentialReport, call('GetCredentialReport'), async () => {
    const report = await client.send(new sdk.GetCredentialReportCommand({}))
    const csv = Buffer.from(report.Content ?? new Uint8Array()).toString('utf8')
    return { generatedTime: report.GeneratedTime?.toISOString() ?? '', users: parseCredentialReport(csv) }
  })
}

async function accountSettings({ client, sdk, errors }: IamReader) {
  const accountSummary = await attempt(
    errors,
    SECTIONS.accountSummary,
    call('GetAccountSummary'),
    async () => {
      const { SummaryMap = {} } = await client.send(new sdk.GetAccountSummaryCommand({}))
      return {
        accountMfaEnabled: (SummaryMap.AccountMFAEnabled ?? 0) > 0,
        accountAccessKeysPresent: (SummaryMap.AccountAccessKeysPresent ?? 0) > 0,
      }
    },
  )
  const passwordPolicy = await attempt(
    errors,
    SECTIONS.passwordPolicy,
    call('GetAccountPasswordPolicy'),
    () =>
      client.send(new sdk.GetAccountPasswordPolicyCommand({})).then(
        ({ PasswordPolicy }) => ({
          minimumPasswordLength: PasswordPolicy?.MinimumPasswordLength ?? null,
          passwordReusePrevention: PasswordPolicy?.PasswordReusePrevention ?? null,
        }),
        nullWhen('NoSuchEntityException', 'NoSuchEntity'),
      ),
  )
  const virtualMfaDevices = await attempt(
    errors,
    SECTIONS.virtualMfaDevices,
    call('ListVirtualMFADevices'),
    async () => {
      const devices: Iam['virtualMfaDevices'] = []
      for await (const page of sdk.paginateListVirtualMFADevices(
        { client },
        { AssignmentStatus: 'Assigned' },
      )) {
        for (const device of page.VirtualMFADevices ?? [])
          devices.push({ serialNumber: device.SerialNumber ?? '', userArn: device.User?.Arn ?? null })
      }
      return devices
    },
  )
  return { accountSummary, passwordPolicy, virtualMfaDevices }
}

/** Each user with the policies given to it directly; empty when any of the reads failed. */
async function usersWithPolicies({ client, sdk, errors }: IamReader): Promise<Iam['users']> {
  const listed = await attempt(errors, SECTIONS.users, call('ListUsers'), async () => {
    const users: Array<{ userName: string; arn: string }> = []
    for await (const page of sdk.paginateListUsers({ client }, {})) {
      for (const user of page.Users ?? []) users.push({ userName: user.UserName ?? '', arn: user.Arn ?? '' })
    }
    return users
  })
  const inline = await attempt(errors, SECTIONS.users, call('ListUserPolicies'), () =>
    mapLimit(listed ?? [], CONCURRENCY, async ({ userName }) => {
      const names: string[] = []
      for await (const page of sdk.paginateListUserPolicies({ client }, { UserName: userName }))
        names.push(...(page.PolicyNames ?? []))
      return names
    }),
  )
  const attached = await attempt(errors, SECTIONS.users, call('ListAttachedUserPolicies'), () =>
    mapLimit(listed ?? [], CONCURRENCY, async ({ userName }) => {
      const arns: string[] = []
      for await (const page of sdk.paginateListAttachedUserPolicies({ client }, { UserName: userName }))
        arns.push(...(page.AttachedPolicies ?? []).map((policy) => policy.PolicyArn ?? ''))
      return arns
    }),
  )
  if (listed === undefined || inline === undefined || attached === undefined) return []
  return listed.map((user, index) => ({
    ...user,
    inlinePolicyNames: inline[index] ?? [],
    attachedPolicyArns: attached[index] ?? [],
  }))
}

/** Every managed policy attached to a user, group or role, with its default version's document. */
async function attachedPolicies({ client, sdk, errors }: IamReader): Promise<Iam['attachedPolicies']> {
  const listed = await attempt(errors, SECTIONS.attachedPolicies, call('ListPolicies'), async () => {
    const policies: Array<{ policyName: string; arn: string; defaultVersionId: string }> = []
    for await (const page of sdk.paginateListPolicies({ client }, { OnlyAttached: true, Scope: 'All' })) {
      for (const policy of page.Policies ?? [])
        policies.push({
          policyName: policy.PolicyName ?? '',
          arn: policy.Arn ?? '',
          defaultVersionId: policy.DefaultVersionId ?? '',
        })
    }
    return policies
  })
  const documents = await attempt(errors, SECTIONS.attachedPolicies, call('GetPolicyVersion'), () =>
    mapLimit(listed ?? [], CONCURRENCY, async (policy) => {
      const { PolicyVersion } = await client.send(
        new sdk.GetPolicyVersionCommand({ PolicyArn: policy.arn, VersionId: policy.defaultVersionId }),
      )
      // GetPolicyVersion returns the document URL-encoded (RFC 3986).
      return {
        ...policy,
        document: JSON.parse(decodeURIComponent(PolicyVersion?.Document ?? '{}')) as unknown,
      }
    }),
  )
  return documents ?? []
}

export async function collectIam(
  settings: ClientSettings,
  homeRegion: string,
  timing: ReportTiming,
  errors: Record<string, string>,
  progress: Progress,
): Promise<Iam> {
  const sdk = await import('@aws-sdk/client-iam')
  const reader: IamReader = { client: new sdk.IAMClient(clientConfig(settings, homeRegion)), sdk, errors }
  progress.step('IAM account summary, password policy and MFA devices')
  const settingsRead = await accountSettings(reader)
  progress.step('IAM credential report')
  const report = await credentialReport(reader, timing)
  progress.step('IAM users and their policies')
  const users = await usersWithPolicies(reader)
  progress.step('IAM attached policies')
  const policies = await attachedPolicies(reader)
  reader.client.destroy()
  return {
    accountSummary: settingsRead.accountSummary ?? null,
    passwordPolicy: settingsRead.passwordPolicy ?? null,
    credentialReport: report ?? null,
    virtualMfaDevices: settingsRead.virtualMfaDevices ?? [],
    users,
    attachedPolicies: policies,
  }
}

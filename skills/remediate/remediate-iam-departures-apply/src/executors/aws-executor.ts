/** Plan actions on AWS IAM users, one IAM API call each, in the account the user lives in. */
import type { IAMClient } from '@aws-sdk/client-iam'
import {
  type AwsAccountTarget,
  isNoSuchEntity,
  parseIamUserArn,
  sdkOptions,
} from '#shared/remediate/index.ts'
import { type ActionExecutor, ALREADY_ABSENT, param } from './action-executor.ts'

/** Tags left on a user whose deletion did not go through, so anyone looking sees why it is there. */
export const OFFBOARDING_TAG = 'offboarding:termination-date'
export const OFFBOARDED_BY_TAG = 'offboarding:by'

export async function createAwsExecutor(
  targets: readonly AwsAccountTarget[],
  skill: string,
): Promise<ActionExecutor> {
  const iam = await import('@aws-sdk/client-iam')
  const clients = new Map<string, IAMClient>()

  function clientFor(account: string): IAMClient {
    const target =
      targets.find((candidate) => candidate.account === account) ??
      (targets.length === 1 && targets[0]?.account === undefined ? targets[0] : undefined)
    if (target === undefined)
      throw new Error(`no AWS credentials configured for account ${account} (add --aws-account ${account})`)
    let client = clients.get(account)
    if (client === undefined) {
      client = new iam.IAMClient(sdkOptions(target.config))
      clients.set(account, client)
    }
    return client
  }

  function command(operation: string, action: Parameters<ActionExecutor['run']>[1]) {
    const UserName = () => param(action, 'UserName')
    switch (operation) {
      case 'iam:UpdateAccessKey':
        return new iam.UpdateAccessKeyCommand({
          UserName: UserName(),
          AccessKeyId: param(action, 'AccessKeyId'),
          Status: 'Inactive',
        })
      case 'iam:DeleteAccessKey':
        return new iam.DeleteAccessKeyCommand({
          UserName: UserName(),
          AccessKeyId: param(action, 'AccessKeyId'),
        })
      case 'iam:DeleteLoginProfile':
        return new iam.DeleteLoginProfileCommand({ UserName: UserName() })
      case 'iam:RemoveUserFromGroup':
        return new iam.RemoveUserFromGroupCommand({
          UserName: UserName(),
          GroupName: param(action, 'GroupName'),
        })
      case 'iam:DetachUserPolicy':
        return new iam.DetachUserPolicyCommand({
          UserName: UserName(),
          PolicyArn: param(action, 'PolicyArn'),
        })
      case 'iam:DeleteUserPolicy':
        return new iam.DeleteUserPolicyCommand({
          UserName: UserName(),
          PolicyName: param(action, 'PolicyName'),
        })
      case 'iam:DeactivateMFADevice':
        return new iam.DeactivateMFADeviceCommand({
          UserName: UserName(),
          SerialNumber: param(action, 'SerialNumber'),
        })
      case 'iam:DeleteVirtualMFADevice':
        return new iam.DeleteVirtualMFADeviceCommand({ SerialNumber: param(action, 'SerialNumber') })
      case 'iam:DeleteSigningCertificate':
        return new iam.DeleteSigningCertificateCommand({
          UserName: UserName(),
          CertificateId: param(action, 'CertificateId'),
        })
      case 'iam:DeleteSSHPublicKey':
        return new iam.DeleteSSHPublicKeyCommand({
          UserName: UserName(),
          SSHPublicKeyId: param(action, 'SSHPublicKeyId'),
        })
      case 'iam:DeleteServiceSpecificCredential':
        return new iam.DeleteServiceSpecificCredentialCommand({
          UserName: UserName(),
          ServiceSpecificCredentialId: param(action, 'ServiceSpecificCredentialId'),
        })
      case 'iam:TagUser':
        return new iam.TagUserCommand({
          UserName: UserName(),
          Tags: [
            { Key: OFFBOARDING_TAG, Value: param(action, 'TerminationDate') },
            { Key: OFFBOARDED_BY_TAG, Value: skill },
          ],
        })
      case 'iam:DeleteUser':
        return new iam.DeleteUserCommand({ UserName: UserName() })
      default:
        throw new Error(`${operation} is not an AWS IAM operation`)
    }
  }

  return {
    async run(planned, action) {
      const parsed = parseIamUserArn(planned.identity.uid)
      if (parsed === undefined) throw new Error(`${planned.identity.uid} is not an IAM user ARN`)
      const client = clientFor(parsed.account)
      try {
        // The union of command types is too wide for send's overloads; each command is its own input and output.
        await client.send(command(action.operation, action) as Parameters<IAMClient['send']>[0])
        return undefined
      } catch (error) {
        // A retried or repeated action finds its target gone: the end state is the one wanted.
        if (isNoSuchEntity(error)) return ALREADY_ABSENT
        throw error
      }
    },
  }
}

/**
 * A read-only inventory of one AWS account: who the credentials belong to (the first call; its failure
 * ends the run), IAM and S3 once, then EC2, Lambda and SageMaker in each region. Every other failure is
 * recorded against its call and the collection goes on.
 */
import { toServiceError } from '#shared/cloud/index.ts'
import type { CollectedEnvironment } from '../../environment.ts'
import { Collection } from '../collection.ts'
import { collectEc2Region, planRegions } from './aws-ec2.ts'
import { collectLambda, collectSageMaker } from './aws-functions.ts'
import { collectIam } from './aws-iam.ts'
import { collectS3 } from './aws-s3.ts'
import { AWS_CREDENTIALS_HINT, type AwsAccount, type AwsSettings, clientConfig } from './aws-settings.ts'

async function callerAccount(settings: AwsSettings): Promise<AwsAccount> {
  const { STSClient, GetCallerIdentityCommand } = await import('@aws-sdk/client-sts')
  const client = new STSClient(clientConfig(settings, settings.homeRegion))
  try {
    const identity = await client.send(new GetCallerIdentityCommand({}))
    return { accountId: identity.Account ?? '', partition: identity.Arn?.split(':')[1] || 'aws' }
  } catch (error) {
    throw toServiceError(
      {
        service: 'AWS STS',
        operation: 'GetCallerIdentity',
        permission: 'sts:GetCallerIdentity',
        credentialsHint: AWS_CREDENTIALS_HINT,
      },
      error,
    )
  } finally {
    client.destroy()
  }
}

export interface AwsCollection {
  readonly environment: CollectedEnvironment
  readonly errors: Readonly<Record<string, string>>
}

export async function collectAws(
  settings: AwsSettings,
  progress: (step: string) => void,
): Promise<AwsCollection> {
  progress('caller identity')
  const account = await callerAccount(settings)
  const collection = new Collection(AWS_CREDENTIALS_HINT)
  progress('IAM users, keys and roles')
  const profileRoles = await collectIam(settings, account, collection)
  progress('S3 buckets')
  await collectS3(settings, collection)
  for (const region of await planRegions(settings, collection)) {
    progress(`EC2, Lambda and SageMaker in ${region}`)
    await collectEc2Region(settings, region, account, profileRoles, collection)
    await collectLambda(settings, region, account, collection)
    await collectSageMaker(settings, region, collection)
  }
  return { environment: collection.toEnvironment('aws', account.accountId), errors: collection.errors }
}

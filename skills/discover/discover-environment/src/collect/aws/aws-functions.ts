/** Code and models that run in one region: Lambda functions (their roles and networks) and SageMaker endpoints. */
import type { Collection } from '../collection.ts'
import { type AwsAccount, type AwsSettings, clientConfig } from './aws-settings.ts'

export async function collectLambda(
  settings: AwsSettings,
  region: string,
  account: AwsAccount,
  collection: Collection,
): Promise<void> {
  const sdk = await import('@aws-sdk/client-lambda')
  const client = new sdk.LambdaClient(clientConfig(settings, region))
  const subnet = (id: string) => `arn:${account.partition}:ec2:${region}:${account.accountId}:subnet/${id}`
  const group = (id: string) =>
    `arn:${account.partition}:ec2:${region}:${account.accountId}:security-group/${id}`
  await collection.read(
    { service: 'AWS Lambda', operation: 'ListFunctions', permission: 'lambda:ListFunctions', region },
    async () => {
      for await (const page of sdk.paginateListFunctions({ client }, {})) {
        for (const fn of page.Functions ?? []) {
          const uid = fn.FunctionArn ?? ''
          collection.add({ uid, type: 'function', name: fn.FunctionName, region })
          if (fn.Role !== undefined) collection.relate(uid, 'assumes', fn.Role)
          for (const id of fn.VpcConfig?.SubnetIds ?? []) collection.relate(uid, 'in', subnet(id))
          for (const id of fn.VpcConfig?.SecurityGroupIds ?? [])
            collection.relate(uid, 'protected-by', group(id))
        }
      }
    },
  )
  client.destroy()
}

export async function collectSageMaker(
  settings: AwsSettings,
  region: string,
  collection: Collection,
): Promise<void> {
  const sdk = await import('@aws-sdk/client-sagemaker')
  const client = new sdk.SageMakerClient(clientConfig(settings, region))
  await collection.read(
    {
      service: 'Amazon SageMaker',
      operation: 'ListEndpoints',
      permission: 'sagemaker:ListEndpoints',
      region,
    },
    async () => {
      for await (const page of sdk.paginateListEndpoints({ client }, {})) {
        for (const endpoint of page.Endpoints ?? []) {
          collection.add({
            uid: endpoint.EndpointArn ?? '',
            type: 'model-endpoint',
            name: endpoint.EndpointName,
            region,
          })
        }
      }
    },
  )
  client.destroy()
}

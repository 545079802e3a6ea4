/**
 * The instances a Systems Manager call reaches: SendCommand names them in `instanceIds`, or in
 * `targets` under the key `InstanceIds`; StartSession names one as `target`. Tag and resource-group
 * targets are resolved by SSM after the call, so CloudTrail does not say which instances they hit.
 */
import type { AwsCall } from '#shared/aws/index.ts'
import { asArray, asString, asStrings, path } from '#shared/json/index.ts'

function targetInstances(targets: unknown): string[] {
  const instances: string[] = []
  for (const target of asArray(targets) ?? []) {
    const key = asString(path(target, 'key')) ?? asString(path(target, 'Key'))
    if (key !== 'InstanceIds') continue
    instances.push(...asStrings(path(target, 'values') ?? path(target, 'Values')))
  }
  return instances
}

/** The instances a successful SendCommand or StartSession reaches; empty for any other call. */
export function ssmInstancesOf(call: AwsCall): string[] {
  if (call.service !== 'ssm.amazonaws.com' || !call.succeeded) return []
  if (call.operation === 'StartSession') return asStrings([call.request?.target])
  if (call.operation !== 'SendCommand') return []
  return [...new Set([...asStrings(call.request?.instanceIds), ...targetInstances(call.request?.targets)])]
}

/** A repository, key, queue, topic, secret, search domain or function whose resource policy now lets anyone in. */
import { type AwsCall, awsCallOf } from '#shared/aws/index.ts'
import type { EventRule } from '#shared/detect/index.ts'
import type { OcsfEvent } from '#shared/ocsf/index.ts'
import type { DataExposureConfig } from '../config.ts'
import { opensResourcePolicy, resourceNameOf } from '../resource-policies.ts'

function openedCallOf(event: OcsfEvent): AwsCall | undefined {
  const call = awsCallOf(event)
  if (call === undefined || !call.succeeded) return undefined
  return opensResourcePolicy(call) ? call : undefined
}

export const awsResourcePolicyMadePublic: EventRule<DataExposureConfig> = {
  id: 'aws-resource-policy-made-public',
  title: 'Resource policy opened to the public',
  severity: 'high',
  attacks: ['T1537'],
  classUids: [6003],
  rationale:
    'A resource policy that allows any AWS principal lets every account in the world pull images, decrypt with the key, read the queue or secret, or invoke the function: data leaves without the attacker keeping any access to this account.',
  reference: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_identity-vs-resource.html',
  runbook:
    "1. Is the resource meant to be public (a public container image, a shared topic)? 2. If not, restore the previous policy. 3. Review the service's data-event or access logs for callers from other accounts since the change.",
  falsePositives: [
    'public container repositories and deliberately shared SNS topics',
    'policies whose Allow for `*` is scoped by a condition key this rule does not know',
  ],
  match(event) {
    return openedCallOf(event) !== undefined
  },
  describe(event) {
    const call = openedCallOf(event)
    const caller = call?.caller.name ?? 'unknown caller'
    const resource = call === undefined ? '?' : resourceNameOf(call)
    return {
      key: [caller, resource],
      desc: `${caller} called ${call?.operation ?? '?'} on ${call?.service ?? '?'}, letting any AWS principal use ${resource}.`,
    }
  },
}

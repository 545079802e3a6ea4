/**
 * One principal runs commands or opens shells on many instances through Systems Manager within a
 * window: remote execution across the fleet with nothing but IAM permissions, no network path needed.
 */
import { awsCallOf } from '#shared/aws/index.ts'
import { type CorrelationRule, type Detection, DistinctTally } from '#shared/detect/index.ts'
import type { RemoteExecutionConfig } from '../config.ts'
import { ssmInstancesOf } from '../ssm-targets.ts'

export const awsSsmManyInstances: CorrelationRule<RemoteExecutionConfig> = {
  id: 'aws-ssm-many-instances',
  title: 'Commands or sessions on many instances through SSM',
  severity: 'high',
  attacks: ['T1651'],
  classUids: [6003],
  rationale:
    'SendCommand and StartSession run code as root or SYSTEM on every managed instance the caller can reach; one principal touching many instances in minutes is fleet-wide execution, the way attackers move after taking a privileged role.',
  reference: 'https://stratus-red-team.cloud/attack-techniques/AWS/aws.execution.ssm-send-command/',
  runbook:
    "1. Is the principal a patching or deployment pipeline, or a person? 2. Read the command document and parameters, or the session logs, for what ran. 3. If unexpected, revoke the principal's sessions and examine the instances it reached.",
  falsePositives: [
    'patching, inventory and deployment pipelines that call SendCommand directly (raise --instance-threshold)',
    'engineers on call working through several instances',
  ],
  correlator(config) {
    const tally = new DistinctTally({ windowMs: config.windowMs, threshold: config.instanceThreshold })
    return {
      observe(event): Detection[] {
        const call = awsCallOf(event)
        // State Manager associations and Maintenance Windows call as the SSM service itself.
        if (call === undefined || call.caller.invokedBy !== undefined) return []
        const instances = ssmInstancesOf(call)
        if (instances.length === 0) return []
        const principal = call.caller.key
        const outcome = tally.add(principal, instances, event)
        if (!outcome.reached) return []
        const name = call.caller.name ?? principal
        const span = outcome.spanMs === 0 ? 'at once' : `within ${Math.round(outcome.spanMs / 1000)}s`
        const desc = outcome.first
          ? `${name} reached ${outcome.count} instances through SendCommand or StartSession ${span}.`
          : `${name} kept reaching instances through SSM.`
        return [{ key: [principal], desc, events: outcome.events }]
      },
    }
  },
}

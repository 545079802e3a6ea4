/**
 * One principal reads many distinct secrets (Secrets Manager values, Parameter Store parameters with
 * decryption) within a window, or pulls every secret matching a filter in one BatchGetSecretValue
 * call: someone harvesting credentials rather than an application loading its own.
 */
import { awsCallOf } from '#shared/aws/index.ts'
import { type CorrelationRule, type Detection, DistinctTally } from '#shared/detect/index.ts'
import type { CredentialAccessConfig } from '../config.ts'
import { secretReadOf } from '../secret-reads.ts'

export const awsSecretsBulkRetrieval: CorrelationRule<CredentialAccessConfig> = {
  id: 'aws-secrets-bulk-retrieval',
  title: 'Many secrets retrieved by one principal',
  severity: 'high',
  attacks: ['T1555.006'],
  classUids: [6003],
  rationale:
    'Applications read the few secrets they need; reading many distinct secrets in a short time, or every secret a filter matches, is how stolen credentials are turned into more credentials.',
  reference:
    'https://stratus-red-team.cloud/attack-techniques/AWS/aws.credential-access.secretsmanager-batch-retrieve-secrets/',
  runbook:
    "1. Which principal, from where, and is it an application that loads its secrets at start-up? 2. List the secrets read and what each unlocks. 3. If unexpected, rotate those secrets and revoke the principal's sessions.",
  falsePositives: [
    'applications or CI jobs that load many secrets at start-up (raise --secret-threshold)',
    'secret rotation and backup tooling',
  ],
  correlator(config) {
    const tally = new DistinctTally({ windowMs: config.windowMs, threshold: config.secretThreshold })
    return {
      observe(event): Detection[] {
        const call = awsCallOf(event)
        const read = call === undefined ? undefined : secretReadOf(call)
        if (call === undefined || read === undefined) return []
        const principal = call.caller.key
        const outcome = tally.add(principal, read.secrets, event, read.bulk)
        if (!outcome.reached) return []
        const name = call.caller.name ?? principal
        let desc = `${name} kept retrieving secrets.`
        if (outcome.first && read.bulk)
          desc = `${name} retrieved every secret matching a filter with ${call.operation}.`
        else if (outcome.first) {
          const span = outcome.spanMs === 0 ? 'at once' : `within ${Math.round(outcome.spanMs / 1000)}s`
          desc = `${name} retrieved ${outcome.count} distinct secrets ${span}.`
        }
        return [{ key: [principal], desc, events: outcome.events }]
      },
    }
  },
}

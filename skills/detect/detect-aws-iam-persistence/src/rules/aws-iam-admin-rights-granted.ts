/**
 * A user, group or role given administrator rights (src/admin-grant.ts), or a user added to an
 * administrators group. A user created shortly before is the whole "create an admin backdoor" move.
 */
import { type AwsCall, awsCallOf } from '#shared/aws/index.ts'
import type { CorrelationRule, Detection } from '#shared/detect/index.ts'
import { asString } from '#shared/json/index.ts'
import type { OcsfEvent } from '#shared/ocsf/index.ts'
import { BoundedMap } from '#shared/state/index.ts'
import { adminGrantOf } from '../admin-grant.ts'
import type { IamPersistenceConfig } from '../config.ts'

/** Users created and groups made administrators, followed at once; past it the oldest are forgotten. */
const MAX_TRACKED = 10_000

/** Names are unique per account only. */
function scoped(call: AwsCall, name: string): string {
  return `${call.account ?? ''}\u001f${name}`
}

export const awsIamAdminRightsGranted: CorrelationRule<IamPersistenceConfig> = {
  id: 'aws-iam-admin-rights-granted',
  title: 'Administrator rights granted',
  severity: 'high',
  attacks: ['T1098.003'],
  classUids: [6003],
  rationale:
    'Administrator rights on a user, group or role the attacker controls outlive the stolen session; on a user created moments earlier they are a ready-made backdoor account.',
  reference: 'https://stratus-red-team.cloud/attack-techniques/AWS/aws.persistence.iam-create-admin-user/',
  runbook:
    '1. Who received the rights, and was the change approved? 2. What has the principal done since? 3. If unexpected, detach the policy or remove the membership, and rotate the credentials of the principal and of the caller.',
  falsePositives: [
    'break-glass roles provisioned by infrastructure-as-code',
    'account bootstrap pipelines that create the first administrators',
  ],
  correlator(config) {
    const createdUsers = new BoundedMap<string, OcsfEvent>(MAX_TRACKED)
    const adminGroups = new BoundedMap<string, true>(MAX_TRACKED)

    const toUser = (call: AwsCall, event: OcsfEvent, user: string, how: string): Detection => {
      const caller = call.caller.name ?? 'unknown caller'
      const created = createdUsers.get(scoped(call, user))
      const elapsed = created === undefined ? -1 : event.time - created.time
      if (created === undefined || elapsed < 0 || elapsed > config.newUserWindowMs) {
        return {
          key: [caller, 'user', user],
          desc: `${caller} gave IAM user ${user} ${how}.`,
          events: [event],
        }
      }
      return {
        key: [caller, 'user', user],
        title: 'New IAM user given administrator rights',
        severity: 'critical',
        desc: `${caller} created IAM user ${user} and ${Math.round(elapsed / 1000)}s later gave it ${how}.`,
        events: [created, event],
      }
    }

    return {
      observe(event): Detection[] {
        const call = awsCallOf(event)
        if (call === undefined || !call.succeeded || call.service !== 'iam.amazonaws.com') return []
        const user = asString(call.request?.userName)
        if (call.operation === 'CreateUser') {
          if (user !== undefined) createdUsers.set(scoped(call, user), event)
          return []
        }
        if (call.operation === 'AddUserToGroup') {
          const group = asString(call.request?.groupName)
          if (group === undefined || user === undefined) return []
          const isAdminGroup =
            config.adminGroups.has(group.toLowerCase()) || adminGroups.has(scoped(call, group))
          return isAdminGroup
            ? [toUser(call, event, user, `membership of administrators group ${group}`)]
            : []
        }
        const grant = adminGrantOf(call)
        if (grant === undefined) return []
        const how = `administrator rights (${grant.policy})`
        if (grant.kind === 'user') return [toUser(call, event, grant.name, how)]
        if (grant.kind === 'group') adminGroups.set(scoped(call, grant.name), true)
        const caller = call.caller.name ?? 'unknown caller'
        return [
          {
            key: [caller, grant.kind, grant.name],
            desc: `${caller} gave IAM ${grant.kind} ${grant.name} ${how}.`,
            events: [event],
          },
        ]
      },
    }
  },
}

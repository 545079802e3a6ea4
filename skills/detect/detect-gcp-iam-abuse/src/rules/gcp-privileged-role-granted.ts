/**
 * An IAM policy that hands over control: a basic or IAM-administering role granted (owner, editor,
 * organization, folder or project IAM admin, token creator), access for a member of another
 * organisation, or access for anyone (allUsers, allAuthenticatedUsers), at organization, folder, project
 * or resource level. An ownership invitation to an outside address is the same grant, made by e-mail.
 */
import type { EventRule } from '#shared/detect/index.ts'
import type { IamAbuseConfig } from '../config.ts'
import { highest, riskyChangeOf } from '../risky-grants.ts'

export const gcpPrivilegedRoleGranted: EventRule<IamAbuseConfig> = {
  id: 'gcp-privileged-role-granted',
  title: 'Privileged, external or public IAM grant',
  severity: 'high',
  attacks: ['T1098.003'],
  classUids: [6003],
  rationale:
    'Owner, editor and the IAM administrator roles let their holder do anything, or grant themselves anything, in their scope; a grant to an outside account or to everyone is a way back in that survives the loss of the stolen credential.',
  reference: 'https://stratus-red-team.cloud/attack-techniques/GCP/gcp.persistence.invite-external-user/',
  runbook:
    '1. Who granted what to whom, at which level (organization, folder, project, resource), and was it requested? 2. Remove the binding if not. 3. Review what the new member did since, and what else the granting principal changed.',
  falsePositives: [
    'project bootstrap and break-glass procedures that grant owner',
    'contractors or partners given access from their own domain (list your domains with --internal-domain)',
  ],
  match(event, config) {
    return riskyChangeOf(event, config) !== undefined
  },
  describe(event, config) {
    const change = riskyChangeOf(event, config)
    const caller = change?.call.caller.label ?? 'unknown caller'
    const target = change?.call.resource.uid ?? change?.call.scope ?? 'a resource'
    const grants = (change?.grants ?? []).map(
      (grant) => `${grant.role} to ${grant.member} (${grant.why.join('; ')})`,
    )
    const inferred =
      change?.inferred === true
        ? ' The entry has no binding deltas: the new policy holds these bindings.'
        : ''
    return {
      // The grants are part of the key, so a finding's description covers every firing merged into it.
      key: [caller, target, ...grants],
      severity: highest(change?.grants ?? []),
      confidence: change?.inferred === true ? 'medium' : 'high',
      desc: `${caller} granted ${grants.join(', ')} on ${target}.${inferred}`,
    }
  },
}

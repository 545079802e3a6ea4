/**
 * A privileged role assigned (Owner, Contributor, User Access Administrator, Role Based Access Control
 * Administrator) or a role with the run of a data service (Storage Blob Data Owner, Key Vault
 * administration and secrets roles); and a Global Administrator elevating to User Access Administrator
 * over every subscription of the tenant.
 */
import type { CorrelationRule, Detection } from '#shared/detect/index.ts'
import type { OcsfEvent } from '#shared/ocsf/index.ts'
import { type AzureCall, azureCallOf } from '../azure-call.ts'
import type { ControlPlaneConfig } from '../config.ts'
import { OperationJoin } from '../operation-join.ts'
import { riskyAssignmentOf } from '../role-assignments.ts'

const ROLE_ASSIGNMENT_WRITE = 'microsoft.authorization/roleassignments/write'
const ELEVATE_ACCESS = 'microsoft.authorization/elevateaccess/action'

function elevation(event: OcsfEvent, call: AzureCall): Detection[] {
  if (call.outcome === 'failed' || call.outcome === 'in-progress') return []
  return [
    {
      key: [call.callerKey, 'elevate-access'],
      title: 'Access elevated to User Access Administrator over the whole tenant',
      severity: 'critical',
      desc: `${call.callerName} elevated their access to User Access Administrator at the root scope (/), over every subscription and management group of the tenant.`,
      events: [event],
    },
  ]
}

export const azurePrivilegedRoleAssigned: CorrelationRule<ControlPlaneConfig> = {
  id: 'azure-privileged-role-assigned',
  title: 'Privileged Azure role assigned',
  severity: 'high',
  attacks: ['T1098.003'],
  classUids: [6003],
  rationale:
    'Owner, Contributor and the access administrator roles control every resource in their scope or can grant that control; assigning one to an identity the attacker holds is persistence that survives a password reset.',
  reference:
    'https://stratus-red-team.cloud/attack-techniques/azure/azure.privilege-escalation.root-user-access-administrator/',
  runbook:
    '1. Who assigned which role to whom (principal id and type), at which scope, and was it requested? 2. Remove the assignment if not. 3. Review what the assignee and the caller did since; for an elevation, confirm with the Global Administrator and remove the root-scope assignment.',
  falsePositives: [
    'subscription bootstrap pipelines and landing-zone deployments',
    'Privileged Identity Management activations (assignments by the PIM service principal)',
  ],
  correlator() {
    const join = new OperationJoin()
    return {
      observe(event): Detection[] {
        const call = azureCallOf(event)
        if (call === undefined) return []
        if (call.operation === ELEVATE_ACCESS) return elevation(event, call)
        if (call.operation !== ROLE_ASSIGNMENT_WRITE) return []
        const write = join.observe(event, call)
        const assignment = write === undefined ? undefined : riskyAssignmentOf(write.bodies)
        if (write === undefined || assignment === undefined) return []
        const assignee = `${assignment.principalType ?? 'principal'} ${assignment.principalId ?? '?'}`
        const scope = assignment.scope ?? call.resourceId ?? '?'
        return [
          {
            key: [call.callerKey, assignment.principalId ?? '?', scope, assignment.role.name],
            severity: assignment.role.kind === 'privileged' ? 'high' : 'medium',
            desc: `${call.callerName} assigned ${assignment.role.name} to ${assignee} at ${scope}.`,
            events: write.events,
          },
        ]
      },
    }
  },
}

/** 4.15: moving an account out of the organization, or detaching a service control policy, lifts the guardrails set centrally. */
import { monitoringControl } from '../monitoring.ts'

export const organizationsChangesMonitored = monitoringControl({
  id: '4.15',
  title: 'Ensure AWS Organizations changes are monitored',
  severity: 'low',
  attacks: ['T1098'],
  requirements: ['NIST CSF 2.0 DE.CM-09', 'SOC 2 CC7.2'],
  comparisons: [
    'eventSource = organizations.amazonaws.com',
    'eventName = AcceptHandshake',
    'eventName = AttachPolicy',
    'eventName = CreateAccount',
    'eventName = CreateOrganizationalUnit',
    'eventName = CreatePolicy',
    'eventName = DeclineHandshake',
    'eventName = DeleteOrganization',
    'eventName = DeleteOrganizationalUnit',
    'eventName = DeletePolicy',
    'eventName = DetachPolicy',
    'eventName = DisablePolicyType',
    'eventName = EnablePolicyType',
    'eventName = InviteAccountToOrganization',
    'eventName = LeaveOrganization',
    'eventName = MoveAccount',
    'eventName = RemoveAccountFromOrganization',
    'eventName = UpdatePolicy',
    'eventName = UpdateOrganizationalUnit',
  ],
  pattern:
    '{ ($.eventSource = organizations.amazonaws.com) && (($.eventName = "AcceptHandshake") || ($.eventName = "AttachPolicy") || ($.eventName = "CreateAccount") || ($.eventName = "CreateOrganizationalUnit") || ($.eventName = "CreatePolicy") || ($.eventName = "DeclineHandshake") || ($.eventName = "DeleteOrganization") || ($.eventName = "DeleteOrganizationalUnit") || ($.eventName = "DeletePolicy") || ($.eventName = "DetachPolicy") || ($.eventName = "DisablePolicyType") || ($.eventName = "EnablePolicyType") || ($.eventName = "InviteAccountToOrganization") || ($.eventName = "LeaveOrganization") || ($.eventName = "MoveAccount") || ($.eventName = "RemoveAccountFromOrganization") || ($.eventName = "UpdatePolicy") || ($.eventName = "UpdateOrganizationalUnit")) }',
  metric: 'organizations_changes',
})

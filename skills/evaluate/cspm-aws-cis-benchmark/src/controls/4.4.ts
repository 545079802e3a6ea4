/** 4.4: granting itself a policy is how an intruder escalates and stays. */
import { monitoringControl } from '../monitoring.ts'

export const iamPolicyChangesMonitored = monitoringControl({
  id: '4.4',
  title: 'Ensure IAM policy changes are monitored',
  severity: 'medium',
  attacks: ['T1098'],
  requirements: ['NIST CSF 2.0 DE.CM-09', 'SOC 2 CC7.2'],
  comparisons: [
    'eventName = DeleteGroupPolicy',
    'eventName = DeleteRolePolicy',
    'eventName = DeleteUserPolicy',
    'eventName = PutGroupPolicy',
    'eventName = PutRolePolicy',
    'eventName = PutUserPolicy',
    'eventName = CreatePolicy',
    'eventName = DeletePolicy',
    'eventName = CreatePolicyVersion',
    'eventName = DeletePolicyVersion',
    'eventName = AttachRolePolicy',
    'eventName = DetachRolePolicy',
    'eventName = AttachUserPolicy',
    'eventName = DetachUserPolicy',
    'eventName = AttachGroupPolicy',
    'eventName = DetachGroupPolicy',
  ],
  pattern:
    '{($.eventName=DeleteGroupPolicy)||($.eventName=DeleteRolePolicy)||($.eventName=DeleteUserPolicy)||($.eventName=PutGroupPolicy)||($.eventName=PutRolePolicy)||($.eventName=PutUserPolicy)||($.eventName=CreatePolicy)||($.eventName=DeletePolicy)||($.eventName=CreatePolicyVersion)||($.eventName=DeletePolicyVersion)||($.eventName=AttachRolePolicy)||($.eventName=DetachRolePolicy)||($.eventName=AttachUserPolicy)||($.eventName=DetachUserPolicy)||($.eventName=AttachGroupPolicy)||($.eventName=DetachGroupPolicy)}',
  metric: 'iam_changes_metric',
})

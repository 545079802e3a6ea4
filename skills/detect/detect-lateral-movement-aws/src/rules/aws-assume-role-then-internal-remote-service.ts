/**
 * A workload assumes a role, then connects to other hosts inside the VPC on remote-service ports: the
 * shape of an intruder on one instance using the credentials it found, and the network reach it has,
 * to move on. CloudTrail shows the role assumption, VPC Flow Logs the connections.
 */
import type { CorrelationRule } from '#shared/detect/index.ts'
import { API_ACTIVITY, NETWORK_ACTIVITY } from '#shared/ocsf/index.ts'
import type { LateralMovementConfig } from '../config.ts'
import { createLateralMovementCorrelator } from '../lateral-movement-correlator.ts'

export const awsAssumeRoleThenInternalRemoteService: CorrelationRule<LateralMovementConfig> = {
  id: 'aws-assume-role-then-internal-remote-service',
  title: 'Workload assumed a role, then connected to internal remote services',
  severity: 'high',
  attacks: ['T1078.004', 'T1021'],
  classUids: [API_ACTIVITY.uid, NETWORK_ACTIVITY.uid],
  rationale:
    'A workload that takes on another role and then opens SSH, RDP, SMB, WinRM or database sessions to its neighbours is using new credentials and its network position together, which is how an intruder on one instance spreads; applications that assume roles talk to AWS APIs, not to other hosts’ administration ports.',
  reference: 'https://attack.mitre.org/techniques/T1021/',
  runbook:
    '1. Which process on the workload called STS (role session name, user agent), and is the assumed role one it uses routinely? 2. What did the destinations see: logins, new services, commands at those times? 3. What did the assumed role do in CloudTrail after the call (its access key is in the evidence)? 4. If unexplained, isolate the workload with a restrictive security group, revoke the role sessions issued before now, and rotate what the destinations hold.',
  falsePositives: [
    'bastion or jump hosts whose operators assume roles (pass them with --allow-workload)',
    'CI runners and configuration-management servers (Ansible, SSM-less fleets) that assume a deployment role and then SSH or WinRM into hosts',
    'application servers that assume a role and connect to their own databases (leave out those ports with --ignore-port or those roles with --allow-role)',
    'service meshes and sidecars whose health checks reach database or admin ports on many hosts',
  ],
  correlator: createLateralMovementCorrelator,
}

/**
 * Which corpus labels each detection rule answers for, and which built pipe reads each provider's part
 * of ../shared/corpus. Adding a provider is a `providers` entry and its rules' entries here; the scoring
 * code reads whatever this names. docs/DETECTIONS.md explains the method and shows the current score.
 */
import type { ScoreMapping } from './scoring/mapping-types.ts'

export const SCORE_MAPPING: ScoreMapping = {
  assumeTime: '2024-01-01T00:00:00Z',
  providers: {
    aws: {
      ingest: 'ingest-cloudtrail-ocsf',
      detectors: [
        'detect-aws-iam-persistence',
        'detect-aws-defense-evasion',
        'detect-aws-data-exposure',
        'detect-aws-credential-access',
        'detect-aws-account-access',
        'detect-aws-remote-execution',
      ],
      corpus: [
        {
          data: 'cloudtrail/panther_cloudtrail_rule_tests.jsonl',
          labels: 'cloudtrail/panther_cloudtrail_rule_tests.labels.jsonl',
          format: 'panther',
        },
        {
          data: 'cloudtrail/stratus_red_team_detonations.records.json',
          labels: 'cloudtrail/stratus_red_team_detonations.labels.jsonl',
          format: 'stratus',
        },
      ],
    },
    // The GCP file also holds GKE entries (serviceName k8s.io) labelled for Kubernetes rules: they belong to
    // the Kubernetes detectors (ingest-k8s-audit-ocsf), no GCP rule answers for their labels, and the GCP
    // rules never read k8s.io calls, so they can neither score nor cost these rules.
    gcp: {
      ingest: 'ingest-gcp-audit-ocsf',
      detectors: ['detect-gcp-iam-abuse', 'detect-gcp-defense-evasion'],
      corpus: [
        {
          data: 'gcp/panther_gcp_audit_rule_tests.jsonl',
          labels: 'gcp/panther_gcp_audit_rule_tests.labels.jsonl',
          format: 'panther',
        },
      ],
    },
    azure: {
      ingest: 'ingest-azure-activity-ocsf',
      detectors: ['detect-azure-control-plane'],
      corpus: [
        {
          data: 'azure/panther_azure_activity_rule_tests.jsonl',
          labels: 'azure/panther_azure_activity_rule_tests.labels.jsonl',
          format: 'panther',
        },
      ],
    },
  },
  stratusAttackCalls: {
    'aws.defense-evasion.cloudtrail-delete': ['DeleteTrail'],
    'aws.defense-evasion.cloudtrail-event-selectors': ['PutEventSelectors'],
    'aws.defense-evasion.cloudtrail-stop': ['StopLogging'],
    'aws.defense-evasion.dns-delete-logs': ['DeleteResolverQueryLogConfig'],
    'aws.defense-evasion.organizations-leave': ['LeaveOrganization'],
    'aws.defense-evasion.vpc-remove-flow-logs': ['DeleteFlowLogs'],
    'aws.discovery.ec2-download-user-data': ['DescribeInstanceAttribute'],
    'aws.execution.ec2-launch-unusual-instances': ['RunInstances'],
    // The technique stops the instance, rewrites its user data and starts it again.
    'aws.execution.ec2-user-data': ['StopInstances', 'ModifyInstanceAttribute', 'StartInstances'],
    'aws.execution.ssm-send-command': ['SendCommand'],
    'aws.execution.ssm-start-session': ['StartSession'],
    'aws.exfiltration.ec2-security-group-open-port-22-ingress': ['AuthorizeSecurityGroupIngress'],
    'aws.exfiltration.ec2-share-ami': ['ModifyImageAttribute'],
    'aws.exfiltration.ec2-share-ebs-snapshot': ['ModifySnapshotAttribute'],
    'aws.exfiltration.rds-share-snapshot': ['ModifyDBSnapshotAttribute'],
    // Enabling model access (entitlement, use case, agreement) is part of the technique, then the invocation.
    'aws.impact.bedrock-invoke-model': [
      'PutFoundationModelEntitlement',
      'PutUseCaseForModelAccess',
      'CreateFoundationModelAgreement',
      'InvokeModel',
    ],
    'aws.initial-access.console-login-without-mfa': ['ConsoleLogin'],
    'aws.lateral-movement.ec2-instance-connect': ['SendSSHPublicKey'],
    'aws.lateral-movement.ec2-serial-console-send-ssh-public-key': [
      'EnableSerialConsoleAccess',
      'SendSerialConsoleSSHPublicKey',
    ],
  },
  rules: {
    'aws-iam-credentials-for-other-user': {
      provider: 'aws',
      answers: [
        { label: 'AWS.IAM.Backdoor.User.Keys' },
        { label: 'AWS.CloudTrail.LoginProfileCreatedOrModified' },
        { label: 'AWS.User.Login.Profile.Modified' },
      ],
    },
    'aws-iam-user-created': { provider: 'aws', answers: [{ label: 'AWS.IAM.CreateUser' }] },
    'aws-iam-admin-rights-granted': {
      provider: 'aws',
      answers: [{ label: 'AWS.IAM.AttachAdminUserPolicy' }, { label: 'AWS.IAM.AttachAdminRolePolicy' }],
    },
    'aws-iam-role-trust-opened': { provider: 'aws', answers: [{ label: 'AWS.IAM.BackdoorRole' }] },
    'aws-cloudtrail-logging-impaired': {
      provider: 'aws',
      answers: [
        { label: 'AWS.CloudTrail.Stopped' },
        { label: 'AWS.CloudTrail.EventSelectorsDisabled' },
        {
          label: 'AWS.CloudTrail.SecurityConfigurationChange',
          tests: [
            'Security Configuration Changed',
            'Security Configuration Not Changed',
            'Security Configuration Not Changed - Error',
          ],
          note: "Panther's rule covers changes to many security services; these are its tests on trails.",
        },
        { label: 'aws.defense-evasion.cloudtrail-delete' },
        { label: 'aws.defense-evasion.cloudtrail-event-selectors' },
        { label: 'aws.defense-evasion.cloudtrail-stop' },
      ],
    },
    'aws-security-monitoring-disabled': {
      provider: 'aws',
      answers: [{ label: 'AWS.ConfigService.DisabledDeleted' }],
    },
    'aws-network-logs-deleted': {
      provider: 'aws',
      answers: [
        { label: 'AWS.VPCFlow.LogsDeleted' },
        { label: 'AWS.CloudTrail.DNSLogsDeleted' },
        { label: 'aws.defense-evasion.vpc-remove-flow-logs' },
        { label: 'aws.defense-evasion.dns-delete-logs' },
      ],
    },
    'aws-snapshot-shared-externally': {
      provider: 'aws',
      answers: [
        { label: 'AWS.CloudTrail.SnapshotMadePublic' },
        { label: 'AWS.CloudTrail.AMIModifiedForPublicAccess' },
        { label: 'AWS.RDS.SnapshotShared' },
        { label: 'aws.exfiltration.ec2-share-ami' },
        { label: 'aws.exfiltration.ec2-share-ebs-snapshot' },
        { label: 'aws.exfiltration.rds-share-snapshot' },
      ],
    },
    'aws-s3-bucket-made-public': {
      provider: 'aws',
      answers: [
        { label: 'AWS.S3.DeletePublicAccessBlock' },
        {
          label: 'AWS.CloudTrail.ResourceMadePublic',
          tests: [
            'S3 Made Publicly Accessible',
            'S3 Not Made Publicly Accessible',
            'Null Request Parameters',
            'S3 Failed to make Publicly Accessible',
            'Invalid JSON Policy (Should Not Alert)',
            'All Restrictive Conditions Types (Should Not Alert)',
          ],
          note: "Panther's rule covers resource policies of every service; these are its tests on S3 bucket policies.",
        },
      ],
    },
    'aws-resource-policy-made-public': {
      provider: 'aws',
      answers: [
        {
          label: 'AWS.CloudTrail.ResourceMadePublic',
          tests: [
            'ECR Made Public',
            'Empty Policy Payload',
            'Multiple Conditions All Restrictive (Should Not Alert)',
            'Public Finding Keywords (Should Alert)',
            'Wildcard Principal No Conditions (Should Alert)',
            'Mixed Conditions Some Restrictive (Should Alert)',
            'Secrets Manager Restricted Access (Should Not Alert)',
            'KMS Key Restricted Access (Should Not Alert)',
          ],
          note: "Panther's tests on resource policies other than S3 bucket policies (ECR, KMS, SQS, Secrets Manager, OpenSearch).",
        },
      ],
    },
    'aws-console-login-without-mfa': {
      provider: 'aws',
      answers: [
        { label: 'AWS.Console.LoginWithoutMFA' },
        { label: 'aws.initial-access.console-login-without-mfa' },
      ],
    },
    'aws-root-activity': {
      provider: 'aws',
      answers: [
        { label: 'AWS.Root.Activity' },
        { label: 'AWS.Console.RootLogin' },
        { label: 'AWS.CloudTrail.RootPasswordChanged' },
      ],
    },
    'aws-secrets-bulk-retrieval': {
      provider: 'aws',
      answers: [
        { label: 'AWS.SecretsManager.BatchRetrieveSecrets' },
        { label: 'AWS.SecretsManager.RetrieveSecretsMultiRegion' },
        { label: 'AWS.SSM.DecryptSSMParams' },
      ],
    },
    'aws-ec2-password-data-retrieved': {
      provider: 'aws',
      answers: [
        {
          label: 'AWS.EC2.ManyPasswordReadAttempts',
          tests: ['Successful Attempt', 'Unrelated Event'],
          note: "Panther's rule counts every call toward a threshold applied outside the rule; its single failed call is below this rule's attempt threshold, so only the successful read is scored.",
        },
      ],
    },
    'aws-ssm-many-instances': {
      provider: 'aws',
      answers: [
        { label: 'AWS.SSM.DistributedCommand' },
        { label: 'aws.execution.ssm-send-command' },
        { label: 'aws.execution.ssm-start-session' },
      ],
    },
    'gcp-service-account-key-created': {
      provider: 'gcp',
      answers: [
        {
          label: 'GCP.Service.Account.or.Keys.Created',
          tests: ['Created Service Account Key', 'Other'],
          note: "Panther's rule also reports service accounts created, which this rule does not cover.",
        },
      ],
    },
    'gcp-service-account-impersonated': {
      provider: 'gcp',
      answers: [
        {
          label: 'GCP.IAM.serviceAccounts.getAccessToken.Privilege.Escalation',
          tests: ['Principal Subject Used', 'iam.serviceAccounts.getAccessToken not granted'],
          note: 'Panther reports any granted use of the permission; its other positive is a service account signing a JWT as itself, which is not impersonation.',
        },
        {
          label: 'GCP.IAM.serviceAccounts.signJwt.Privilege.Escalation',
          tests: ['JWT Not Signed'],
          note: 'Its positive is the same service account signing as itself.',
        },
      ],
    },
    'gcp-privileged-role-granted': {
      provider: 'gcp',
      answers: [
        { label: 'GCP.Project.ExternalUserOwnershipInvite' },
        { label: 'GCP.Permissions.Granted.to.Create.or.Manage.Service.Account.Key' },
        {
          label: 'GCP.Compute.IAM.Policy.Update',
          note: 'Panther reports every Compute Engine setIamPolicy; both of its policy tests grant roles/owner.',
        },
        {
          label: 'GCP.IAM.OrgFolderIAMChanges',
          tests: ['Terraform User Agent'],
          note: 'Panther reports every organization or folder policy change; this test grants roles/owner, the other removes a binding.',
        },
        {
          label: 'Standard.AdminRoleAssigned',
          note: 'Both records hold binding deltas but no resourceName, and ingest-gcp-audit-ocsf keeps serviceData only with the resource it describes: the grants cannot be seen, 2 false negatives.',
        },
      ],
    },
    'gcp-storage-bucket-made-public': {
      provider: 'gcp',
      answers: [
        { label: 'GCP.GCS.Public' },
        {
          label: 'GCP.GCS.IAMChanges',
          note: 'Panther reports every bucket IAM change; its one test makes the bucket public.',
        },
      ],
    },
    'gcp-logging-impaired': {
      provider: 'gcp',
      answers: [
        { label: 'GCP.Log.Bucket.Or.Sink.Deleted' },
        { label: 'GCP.Logging.Sink.Modified' },
        {
          label: 'GCP.Logging.Settings.Modified',
          note: 'Panther reports every logging configuration change; its one positive adds an exclusion to a sink.',
        },
      ],
    },
    'gcp-vpc-flow-logs-disabled': { provider: 'gcp', answers: [{ label: 'GCP.VPC.Flow.Logs.Disabled' }] },
    'azure-privileged-role-assigned': {
      provider: 'azure',
      answers: [{ label: 'Azure.MonitorActivity.RoleAssignment.PrivilegedOrElevated' }],
    },
    'azure-diagnostic-logging-deleted': {
      provider: 'azure',
      answers: [
        { label: 'Azure.MonitorActivity.DiagnosticSettings.Deleted' },
        { label: 'Azure.MonitorActivity.LogAnalyticsWorkspace.Deleted' },
      ],
    },
    'azure-vm-run-command': {
      provider: 'azure',
      answers: [
        {
          label: 'Azure.MonitorActivity.Compute.VMCommandExecuted',
          tests: [
            'VM RunCommand Executed Successfully',
            'VM RunCommand Case Insensitive',
            'VM Extension Write (CustomScript/DSC)',
            'AKS RunCommand Executed',
            'VMSS RunCommand Executed',
            'Different Operation',
          ],
          note: 'Panther also reports gallery application versions and serial console connections, which run no command through Resource Manager.',
        },
      ],
    },
    'azure-keyvault-purged': {
      provider: 'azure',
      answers: [
        { label: 'Azure.MonitorActivity.KeyVault.Purged' },
        { label: 'Azure.MonitorActivity.KeyVault.KeyPurged' },
      ],
    },
  },
  unscored: {
    'gcp-firewall-opened-to-internet': {
      provider: 'gcp',
      reason:
        "GCP.Firewall.Rule.Created and .Modified report every firewall change, and none of their records opens a port to the internet (the corpus's one such record, in plaso_gcp_logging.jsonl, is unlabelled)",
    },
    'azure-nsg-opened-to-internet': {
      provider: 'azure',
      reason:
        'Azure.MonitorActivity.Network.NSGModifiedOrDeleted reports every change to a group, and none of its records carries a rule body',
    },
    'azure-keyvault-secrets-bulk-read': {
      provider: 'azure',
      reason:
        'Azure.MonitorActivity.KeyVault.SecretAccessedOrRecovered fires on a single read (a threshold kept outside the rule), and no record shows one principal reading many secrets',
    },
  },
}

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
  },
}

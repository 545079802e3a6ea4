/**
 * Request parameters that name the resource a call acts on, per service (eventSource). CloudTrail's own
 * `resources[]` is filled for few services, so the target of most calls (the user a key is created for,
 * the trail that is stopped, the snapshot that is shared) is only in requestParameters. Keys are read per
 * service because the same key means different things elsewhere (`name` is a trail only in CloudTrail).
 * `path` walks into the parameters; `*` stands for every element of an array. Types are the resource type
 * names CloudTrail itself writes in `resources[].type` and in LookupEvents results (AWS::IAM::Policy for a
 * managed policy, as AWS Config names it).
 */
export interface ResourceParameter {
  readonly path: readonly string[]
  readonly type: string
}

export const RESOURCE_PARAMETERS: Readonly<Record<string, readonly ResourceParameter[]>> = {
  'cloudtrail.amazonaws.com': [
    { path: ['name'], type: 'AWS::CloudTrail::Trail' }, // StopLogging, DeleteTrail, UpdateTrail
    { path: ['trailName'], type: 'AWS::CloudTrail::Trail' }, // PutEventSelectors
  ],
  's3.amazonaws.com': [
    { path: ['bucketName'], type: 'AWS::S3::Bucket' },
    { path: ['key'], type: 'AWS::S3::Object' },
  ],
  'iam.amazonaws.com': [
    { path: ['userName'], type: 'AWS::IAM::User' }, // the target user: CreateAccessKey, CreateLoginProfile
    { path: ['roleName'], type: 'AWS::IAM::Role' },
    { path: ['groupName'], type: 'AWS::IAM::Group' },
    { path: ['policyArn'], type: 'AWS::IAM::Policy' },
    { path: ['instanceProfileName'], type: 'AWS::IAM::InstanceProfile' },
    { path: ['accessKeyId'], type: 'AWS::IAM::AccessKey' }, // UpdateAccessKey, DeleteAccessKey
  ],
  'sts.amazonaws.com': [{ path: ['roleArn'], type: 'AWS::IAM::Role' }], // the role assumed
  'ec2.amazonaws.com': [
    { path: ['instanceId'], type: 'AWS::EC2::Instance' },
    { path: ['instancesSet', 'items', '*', 'instanceId'], type: 'AWS::EC2::Instance' },
    { path: ['snapshotId'], type: 'AWS::EC2::Snapshot' },
    { path: ['imageId'], type: 'AWS::EC2::Image' },
    { path: ['volumeId'], type: 'AWS::EC2::Volume' },
    { path: ['groupId'], type: 'AWS::EC2::SecurityGroup' },
    { path: ['vpcId'], type: 'AWS::EC2::VPC' },
    { path: ['keyName'], type: 'AWS::EC2::KeyPair' },
  ],
  'rds.amazonaws.com': [
    { path: ['dBInstanceIdentifier'], type: 'AWS::RDS::DBInstance' },
    { path: ['dBClusterIdentifier'], type: 'AWS::RDS::DBCluster' },
    { path: ['dBSnapshotIdentifier'], type: 'AWS::RDS::DBSnapshot' },
    { path: ['dBClusterSnapshotIdentifier'], type: 'AWS::RDS::DBClusterSnapshot' },
  ],
  'lambda.amazonaws.com': [{ path: ['functionName'], type: 'AWS::Lambda::Function' }],
  'secretsmanager.amazonaws.com': [{ path: ['secretId'], type: 'AWS::SecretsManager::Secret' }],
  'kms.amazonaws.com': [{ path: ['keyId'], type: 'AWS::KMS::Key' }],
  'ssm.amazonaws.com': [{ path: ['instanceIds', '*'], type: 'AWS::EC2::Instance' }], // SendCommand targets
  'guardduty.amazonaws.com': [{ path: ['detectorId'], type: 'AWS::GuardDuty::Detector' }],
  'logs.amazonaws.com': [{ path: ['logGroupName'], type: 'AWS::Logs::LogGroup' }],
  'config.amazonaws.com': [
    { path: ['configurationRecorderName'], type: 'AWS::Config::ConfigurationRecorder' },
    { path: ['deliveryChannelName'], type: 'AWS::Config::DeliveryChannel' },
  ],
}

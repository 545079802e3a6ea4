/**
 * CloudTrail records for the tests, shaped as CloudTrail writes them. Keys and tokens are AWS's documented
 * example values (AKIAIOSFODNN7EXAMPLE, wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY), never real ones.
 */
export const EXAMPLE_SECRET_KEY = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'
export const EXAMPLE_SESSION_TOKEN = 'IQoJb3JpZ2luX2VjEXAMPLETOKEN'

/** An IAM user creates an access key for another user: a classic persistence step. */
export const CREATE_ACCESS_KEY = {
  eventVersion: '1.09',
  userIdentity: {
    type: 'IAMUser',
    principalId: 'AIDAJ45Q7YFFAREXAMPLE',
    arn: 'arn:aws:iam::123456789012:user/alice',
    accountId: '123456789012',
    accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
    userName: 'alice',
  },
  eventTime: '2026-03-02T09:31:12Z',
  eventSource: 'iam.amazonaws.com',
  eventName: 'CreateAccessKey',
  awsRegion: 'us-east-1',
  sourceIPAddress: '203.0.113.45',
  userAgent: 'aws-cli/2.15.30 Python/3.11.8 Linux/6.5.0 exe/x86_64.ubuntu.22',
  requestParameters: { userName: 'bob' },
  responseElements: {
    accessKey: {
      accessKeyId: 'AKIAI44QH8DHBEXAMPLE',
      status: 'Active',
      userName: 'bob',
      createDate: 'Mar 2, 2026, 9:31:12 AM',
      secretAccessKey: EXAMPLE_SECRET_KEY,
    },
  },
  requestID: 'f1c5a3e2-3c7b-4d57-9d1e-2a1b0c9d8e7f',
  eventID: '6b3d1d44-8f21-4a8b-a0f6-0c6b8c8f1a01',
  readOnly: false,
  eventType: 'AwsApiCall',
  managementEvent: true,
  recipientAccountId: '123456789012',
  eventCategory: 'Management',
  tlsDetails: {
    tlsVersion: 'TLSv1.3',
    cipherSuite: 'TLS_AES_128_GCM_SHA256',
    clientProvidedHostHeader: 'iam.amazonaws.com',
  },
}

/** A role session, MFA-authenticated with a source identity, assumes another role. */
export const ASSUME_ROLE = {
  eventVersion: '1.08',
  userIdentity: {
    type: 'AssumedRole',
    principalId: 'AROAIDPPEZS35WEXAMPLE:alice@example.com',
    arn: 'arn:aws:sts::123456789012:assumed-role/Engineer/alice@example.com',
    accountId: '123456789012',
    accessKeyId: 'ASIAIOSFODNN7EXAMPLE',
    sessionContext: {
      sessionIssuer: {
        type: 'Role',
        principalId: 'AROAIDPPEZS35WEXAMPLE',
        arn: 'arn:aws:iam::123456789012:role/Engineer',
        accountId: '123456789012',
        userName: 'Engineer',
      },
      attributes: { creationDate: '2026-03-02T08:00:00Z', mfaAuthenticated: 'true' },
      sourceIdentity: 'alice',
    },
  },
  eventTime: '2026-03-02T09:40:00Z',
  eventSource: 'sts.amazonaws.com',
  eventName: 'AssumeRole',
  awsRegion: 'us-east-1',
  sourceIPAddress: '198.51.100.7',
  userAgent: 'Boto3/1.34.0',
  requestParameters: {
    roleArn: 'arn:aws:iam::210987654321:role/OrganizationAccountAccessRole',
    roleSessionName: 'alice',
    sourceIdentity: 'alice',
  },
  responseElements: {
    credentials: {
      accessKeyId: 'ASIAI44QH8DHBEXAMPLE',
      sessionToken: EXAMPLE_SESSION_TOKEN,
      expiration: 'Mar 2, 2026, 10:40:00 AM',
    },
    assumedRoleUser: {
      assumedRoleId: 'AROAJ2UCCR6DPCEXAMPLE:alice',
      arn: 'arn:aws:sts::210987654321:assumed-role/OrganizationAccountAccessRole/alice',
    },
    sourceIdentity: 'alice',
  },
  requestID: '0e4c4b53-8d4b-4c1a-9a3e-6f3f9d1c2b10',
  eventID: 'b3b2a1c0-1d2e-4f5a-8b7c-9d0e1f2a3b4c',
  readOnly: true,
  resources: [
    {
      accountId: '210987654321',
      type: 'AWS::IAM::Role',
      ARN: 'arn:aws:iam::210987654321:role/OrganizationAccountAccessRole',
    },
  ],
  eventType: 'AwsApiCall',
  managementEvent: true,
  recipientAccountId: '123456789012',
  sharedEventID: '3f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b',
  eventCategory: 'Management',
}

/** A denied call: the caller tried to stop a trail. */
export const STOP_LOGGING_DENIED = {
  eventVersion: '1.09',
  userIdentity: {
    type: 'IAMUser',
    principalId: 'AIDACKCEVSQ6C2EXAMPLE',
    arn: 'arn:aws:iam::123456789012:user/mallory',
    accountId: '123456789012',
    accessKeyId: 'AKIAI44QH8DHBEXAMPLE',
    userName: 'mallory',
  },
  eventTime: '2026-03-02T10:00:00Z',
  eventSource: 'cloudtrail.amazonaws.com',
  eventName: 'StopLogging',
  awsRegion: 'eu-west-1',
  sourceIPAddress: '192.0.2.10',
  userAgent: 'aws-cli/2.15.30',
  errorCode: 'AccessDenied',
  errorMessage:
    'User: arn:aws:iam::123456789012:user/mallory is not authorized to perform: cloudtrail:StopLogging',
  requestParameters: { name: 'arn:aws:cloudtrail:eu-west-1:123456789012:trail/org-trail' },
  responseElements: null,
  requestID: '2d4f6a8c-1b3d-4e5f-8a9b-0c1d2e3f4a5b',
  eventID: 'c0ffee00-1234-4abc-8def-0123456789ab',
  readOnly: false,
  eventType: 'AwsApiCall',
  managementEvent: true,
  recipientAccountId: '123456789012',
  eventCategory: 'Management',
}

/** A console sign-in without MFA; sign-in events carry no requestID. */
export const CONSOLE_LOGIN = {
  eventVersion: '1.09',
  userIdentity: {
    type: 'IAMUser',
    principalId: 'AIDAJ45Q7YFFAREXAMPLE',
    arn: 'arn:aws:iam::123456789012:user/alice',
    accountId: '123456789012',
    userName: 'alice',
  },
  eventTime: '2026-03-02T07:59:01Z',
  eventSource: 'signin.amazonaws.com',
  eventName: 'ConsoleLogin',
  awsRegion: 'us-east-1',
  sourceIPAddress: '203.0.113.45',
  userAgent: 'Mozilla/5.0 (X11; Linux x86_64) Gecko/20100101 Firefox/124.0',
  requestParameters: null,
  responseElements: { ConsoleLogin: 'Success' },
  additionalEventData: {
    LoginTo: 'https://console.aws.amazon.com/console/home',
    MobileVersion: 'No',
    MFAUsed: 'No',
  },
  eventID: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
  readOnly: false,
  eventType: 'AwsConsoleSignIn',
  managementEvent: true,
  recipientAccountId: '123456789012',
  eventCategory: 'Management',
}

/** The same record as an EventBridge event, as a rule on the default bus delivers it. */
export function asEventBridgeEvent(
  record: Record<string, unknown>,
  detailType = 'AWS API Call via CloudTrail',
) {
  return {
    version: '0',
    id: 'a1b2c3d4-0000-4000-8000-000000000001',
    'detail-type': detailType,
    source: `aws.${String(record.eventSource).split('.')[0]}`,
    account: '123456789012',
    time: '2026-03-02T09:31:13Z',
    region: 'us-east-1',
    resources: [],
    detail: record,
  }
}

/** The same record as LookupEvents returns it: the record as a JSON string, with CloudTrail's summary fields. */
export function asLookupEvent(record: Record<string, unknown>, resources: unknown[] = []) {
  const identity = record.userIdentity as Record<string, unknown> | undefined
  return {
    EventId: record.eventID,
    EventName: record.eventName,
    ReadOnly: String(record.readOnly),
    AccessKeyId: identity?.accessKeyId,
    EventTime: record.eventTime,
    EventSource: record.eventSource,
    Username: identity?.userName,
    Resources: resources,
    CloudTrailEvent: JSON.stringify(record),
  }
}

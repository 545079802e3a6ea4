/**
 * CloudTrail's top-level record members. Some exports (data-lake tables, SIEM test events) lower-case
 * every top-level key; a record read from one gets these names back, so it maps like any other.
 */
export const RECORD_MEMBERS: readonly string[] = [
  'eventVersion',
  'userIdentity',
  'eventTime',
  'eventSource',
  'eventName',
  'awsRegion',
  'sourceIPAddress',
  'userAgent',
  'errorCode',
  'errorMessage',
  'requestParameters',
  'responseElements',
  'additionalEventData',
  'requestID',
  'eventID',
  'eventType',
  'apiVersion',
  'managementEvent',
  'readOnly',
  'resources',
  'recipientAccountId',
  'serviceEventDetails',
  'sharedEventID',
  'vpcEndpointId',
  'vpcEndpointAccountId',
  'eventCategory',
  'tlsDetails',
  'sessionCredentialFromConsole',
]

/** Enumerations shared by every class, with their OCSF 1.8.0 captions. */

export const SEVERITY_IDS = {
  unknown: 0,
  informational: 1,
  low: 2,
  medium: 3,
  high: 4,
  critical: 5,
  fatal: 6,
} as const

export type SeverityName = keyof typeof SEVERITY_IDS
export type SeverityId = (typeof SEVERITY_IDS)[SeverityName]

const SEVERITY_CAPTIONS: Readonly<Record<SeverityId, string>> = {
  0: 'Unknown',
  1: 'Informational',
  2: 'Low',
  3: 'Medium',
  4: 'High',
  5: 'Critical',
  6: 'Fatal',
}

export function severity(name: SeverityName): { severity_id: SeverityId; severity: string } {
  const id = SEVERITY_IDS[name]
  return { severity_id: id, severity: SEVERITY_CAPTIONS[id] }
}

export function isSeverityName(value: string): value is SeverityName {
  return Object.hasOwn(SEVERITY_IDS, value)
}

/** status_id of activity classes (API, Network, HTTP, Account Change). */
export const ACTIVITY_STATUS = {
  unknown: { status_id: 0, status: 'Unknown' },
  success: { status_id: 1, status: 'Success' },
  failure: { status_id: 2, status: 'Failure' },
} as const

/** status_id of finding classes. */
export const FINDING_STATUS = {
  new: { status_id: 1, status: 'New' },
  inProgress: { status_id: 2, status: 'In Progress' },
  suppressed: { status_id: 3, status: 'Suppressed' },
  resolved: { status_id: 4, status: 'Resolved' },
  archived: { status_id: 5, status: 'Archived' },
} as const

export const CONFIDENCE = {
  low: { confidence_id: 1, confidence: 'Low' },
  medium: { confidence_id: 2, confidence: 'Medium' },
  high: { confidence_id: 3, confidence: 'High' },
} as const

/** observable.type_id values the toolkit uses, with their captions. */
export const OBSERVABLE_TYPES = {
  hostname: { type_id: 1, type: 'Hostname' },
  ipAddress: { type_id: 2, type: 'IP Address' },
  userName: { type_id: 4, type: 'User Name' },
  emailAddress: { type_id: 5, type: 'Email Address' },
  urlString: { type_id: 6, type: 'URL String' },
  resourceUid: { type_id: 10, type: 'Resource UID' },
  port: { type_id: 11, type: 'Port' },
  userAgent: { type_id: 16, type: 'HTTP User-Agent' },
  credentialId: { type_id: 19, type: 'User Credential ID' },
  container: { type_id: 27, type: 'Container' },
  fingerprint: { type_id: 30, type: 'Fingerprint' },
  userUid: { type_id: 31, type: 'User Object: uid' },
  accountUid: { type_id: 35, type: 'Account Object: uid' },
  resourceName: { type_id: 38, type: 'Resource Details Object: name' },
} as const

export type ObservableKind = keyof typeof OBSERVABLE_TYPES

/** account.type_id values the toolkit uses, with their captions. */
export const ACCOUNT_TYPES = {
  awsAccount: { type_id: 10, type: 'AWS Account' },
} as const

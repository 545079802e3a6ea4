/** The OCSF 1.8.0 event classes the toolkit emits: their ids, captions and activities, as the schema names them. */

export const OCSF_VERSION = '1.8.0'

export interface EventClass {
  readonly uid: number
  readonly name: string
  readonly categoryUid: number
  readonly categoryName: string
  readonly activities: Readonly<Record<number, string>>
}

export const API_ACTIVITY = {
  uid: 6003,
  name: 'API Activity',
  categoryUid: 6,
  categoryName: 'Application Activity',
  activities: { 0: 'Unknown', 1: 'Create', 2: 'Read', 3: 'Update', 4: 'Delete', 99: 'Other' },
} as const satisfies EventClass

export const NETWORK_ACTIVITY = {
  uid: 4001,
  name: 'Network Activity',
  categoryUid: 4,
  categoryName: 'Network Activity',
  activities: {
    0: 'Unknown',
    1: 'Open',
    2: 'Close',
    3: 'Reset',
    4: 'Fail',
    5: 'Refuse',
    6: 'Traffic',
    7: 'Listen',
    99: 'Other',
  },
} as const satisfies EventClass

export const HTTP_ACTIVITY = {
  uid: 4002,
  name: 'HTTP Activity',
  categoryUid: 4,
  categoryName: 'Network Activity',
  activities: {
    0: 'Unknown',
    1: 'Connect',
    2: 'Delete',
    3: 'Get',
    4: 'Head',
    5: 'Options',
    6: 'Post',
    7: 'Put',
    8: 'Trace',
    9: 'Patch',
    99: 'Other',
  },
} as const satisfies EventClass

export const DETECTION_FINDING = {
  uid: 2004,
  name: 'Detection Finding',
  categoryUid: 2,
  categoryName: 'Findings',
  activities: { 0: 'Unknown', 1: 'Create', 2: 'Update', 3: 'Close', 99: 'Other' },
} as const satisfies EventClass

export const COMPLIANCE_FINDING = {
  uid: 2003,
  name: 'Compliance Finding',
  categoryUid: 2,
  categoryName: 'Findings',
  activities: { 0: 'Unknown', 1: 'Create', 2: 'Update', 3: 'Close', 99: 'Other' },
} as const satisfies EventClass

export const ACCOUNT_CHANGE = {
  uid: 3001,
  name: 'Account Change',
  categoryUid: 3,
  categoryName: 'Identity & Access Management',
  activities: {
    0: 'Unknown',
    1: 'Create',
    2: 'Enable',
    3: 'Password Change',
    4: 'Password Reset',
    5: 'Disable',
    6: 'Delete',
    7: 'Attach Policy',
    8: 'Detach Policy',
    9: 'Lock',
    10: 'MFA Factor Enable',
    11: 'MFA Factor Disable',
    12: 'Unlock',
    99: 'Other',
  },
} as const satisfies EventClass

export const CLOUD_RESOURCES_INVENTORY_INFO = {
  uid: 5023,
  name: 'Cloud Resources Inventory Info',
  categoryUid: 5,
  categoryName: 'Discovery',
  activities: { 0: 'Unknown', 1: 'Log', 2: 'Collect', 99: 'Other' },
} as const satisfies EventClass

export const EVENT_CLASSES: readonly EventClass[] = [
  API_ACTIVITY,
  NETWORK_ACTIVITY,
  HTTP_ACTIVITY,
  DETECTION_FINDING,
  COMPLIANCE_FINDING,
  ACCOUNT_CHANGE,
  CLOUD_RESOURCES_INVENTORY_INFO,
]

type ActivityId<C extends EventClass> = keyof C['activities'] & number

/**
 * The classification attributes every event carries, derived in one place so that
 * type_uid is always class_uid * 100 + activity_id and every caption matches the schema.
 */
export function classification<C extends EventClass>(eventClass: C, activityId: ActivityId<C>) {
  const activityName = eventClass.activities[activityId] as string
  return {
    class_uid: eventClass.uid as C['uid'],
    class_name: eventClass.name,
    category_uid: eventClass.categoryUid as C['categoryUid'],
    category_name: eventClass.categoryName,
    activity_id: activityId,
    activity_name: activityName,
    type_uid: eventClass.uid * 100 + activityId,
    type_name: `${eventClass.name}: ${activityName}`,
  }
}

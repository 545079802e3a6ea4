/** Google Cloud knowledge shared by detection skills: API calls as OCSF carries them, and IAM policy changes. */
export {
  type GcpCall,
  type GcpCaller,
  type GcpResource,
  gcpCallOf,
  succeededGcpCallOf,
} from './audit-call.ts'
export {
  type AuditConfigDelta,
  auditConfigDeltasOf,
  type BindingDelta,
  bindingDeltasOf,
  type Member,
  type MemberKind,
  PUBLIC_MEMBERS,
  parseMember,
  requestedBindingsOf,
} from './iam-policy.ts'

/** Kubernetes knowledge shared by ingest, detection and posture skills: principals and API paths. */
export { apiPathOf, type ObjectReference, rbacResourceOf } from './api-paths.ts'
export {
  ANONYMOUS_USERNAME,
  CLUSTER_ADMIN_GROUPS,
  CONTROL_PLANE_NAMESPACES,
  isSystemComponent,
  PRINCIPAL_USER_TYPE,
  type PrincipalKind,
  parseServiceAccount,
  principalKind,
  type ServiceAccountName,
  serviceAccountUsername,
} from './principals.ts'

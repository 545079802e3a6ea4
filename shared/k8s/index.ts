/** Kubernetes knowledge shared by ingest, detection and posture skills: principals, API paths, requests. */
export { apiPathOf, type ObjectReference, rbacResourceOf } from './api-paths.ts'
export { type K8sRequest, k8sRequestOf } from './k8s-request.ts'
export { type Labels, labelsOf, selectorMatches, serviceSelects } from './label-selectors.ts'
export {
  type IngressIsolation,
  ingressIsolationOf,
  type PodIngress,
  podIngressOf,
  policyTypesOf,
  selectsAllPods,
} from './network-policies.ts'
export {
  type ContainerRole,
  containersOf,
  type KindInfo,
  KUBERNETES_KINDS,
  kindInfoOf,
  namespaceOf,
  objectPathOf,
  type PodContainer,
  podSpecOf,
} from './object-kinds.ts'
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

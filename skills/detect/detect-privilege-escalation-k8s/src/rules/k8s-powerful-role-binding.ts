/** A binding to cluster-admin (or another configured powerful role), or any binding made by a non-administrator. */
import type { EventRule } from '#shared/detect/index.ts'
import {
  CLUSTER_ADMIN_GROUPS,
  CONTROL_PLANE_NAMESPACES,
  isSystemComponent,
  type K8sRequest,
  k8sRequestOf,
} from '#shared/k8s/index.ts'
import type { PrivilegeEscalationConfig } from '../config.ts'

const BINDING_RESOURCES: ReadonlySet<string> = new Set(['rolebindings', 'clusterrolebindings'])
const WRITE_VERBS: ReadonlySet<string> = new Set(['create', 'update', 'patch'])

function roleRefName(request: K8sRequest): string | undefined {
  const roleRef = request.object?.roleRef
  if (typeof roleRef !== 'object' || roleRef === null) return undefined
  const name = (roleRef as Record<string, unknown>).name
  return typeof name === 'string' ? name : undefined
}

/** Cluster administrators, system components and control-plane service accounts create bindings as their job. */
function isAdministrator(request: K8sRequest, config: PrivilegeEscalationConfig): boolean {
  if (request.username !== undefined && config.clusterAdmins.has(request.username)) return true
  if (request.groups.some((group) => CLUSTER_ADMIN_GROUPS.has(group))) return true
  if (isSystemComponent(request.username)) return true
  return (
    request.serviceAccount !== undefined && CONTROL_PLANE_NAMESPACES.has(request.serviceAccount.namespace)
  )
}

function bindingWrite(
  event: Parameters<EventRule<PrivilegeEscalationConfig>['match']>[0],
): K8sRequest | undefined {
  const request = k8sRequestOf(event)
  if (request === undefined || !request.succeeded || !WRITE_VERBS.has(request.verb)) return undefined
  return request.resource !== undefined && BINDING_RESOURCES.has(request.resource) ? request : undefined
}

export const k8sPowerfulRoleBinding: EventRule<PrivilegeEscalationConfig> = {
  id: 'k8s-powerful-role-binding',
  title: 'Binding to a powerful role, or by a non-administrator',
  severity: 'medium',
  attacks: ['T1098'],
  classUids: [6003],
  rationale:
    'Binding cluster-admin hands over the whole cluster, and a binding written by someone who is not a cluster administrator means RBAC write access has leaked.',
  reference:
    'https://kubernetes.io/docs/reference/access-authn-authz/rbac/#privilege-escalation-prevention-and-bootstrapping',
  runbook:
    '1. Who is the subject of the binding and do they need the role? 2. Was the change made through the usual deployment pipeline? 3. Remove the binding if not approved, and review what the subject did since.',
  falsePositives: ['cluster bootstrap and upgrades run by an identity not listed with --cluster-admin'],
  match(event, config) {
    const request = bindingWrite(event)
    if (request === undefined) return false
    const role = roleRefName(request)
    if (role !== undefined && config.powerfulRoles.has(role)) return true
    return !isAdministrator(request, config)
  },
  describe(event, config) {
    const request = bindingWrite(event)
    const actor = request?.username ?? 'unknown user'
    const role = request === undefined ? undefined : roleRefName(request)
    const binding = `${request?.resource ?? 'binding'} ${[request?.namespace, request?.name].filter(Boolean).join('/')}`
    if (role !== undefined && config.powerfulRoles.has(role)) {
      return {
        key: [actor, binding, role],
        title: `Binding to ${role}`,
        severity: request?.resource === 'clusterrolebindings' ? 'critical' : 'high',
        desc: `${actor} wrote ${binding} granting ${role}.`,
      }
    }
    return {
      key: [actor, binding],
      title: 'Role binding written by a non-administrator',
      desc: `${actor} is not a cluster administrator and wrote ${binding}${role === undefined ? '' : ` for role ${role}`}.`,
    }
  },
}

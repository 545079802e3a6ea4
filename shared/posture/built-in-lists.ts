/**
 * The built-in Kubernetes resources posture skills list, cluster-wide, each by the section (plural) RBAC
 * names it: a skill asks for the sections it reads, which are exactly what its ClusterRole allows.
 */
import type {
  AppsV1Api,
  BatchV1Api,
  CoreV1Api,
  NetworkingV1Api,
  RbacAuthorizationV1Api,
  StorageV1Api,
} from '@kubernetes/client-node'
import { type ClusterConnection, type ListCall, type PageRequest, typedPage } from './cluster-lists.ts'

interface Clients {
  readonly core: CoreV1Api
  readonly apps: AppsV1Api
  readonly batch: BatchV1Api
  readonly rbac: RbacAuthorizationV1Api
  readonly networking: NetworkingV1Api
  readonly storage: StorageV1Api
}

type ListResponse = Parameters<typeof typedPage>[0]

interface BuiltIn {
  readonly group: string
  readonly kind: string
  readonly list: (clients: Clients, request: PageRequest) => Promise<ListResponse>
}

const RBAC = 'rbac.authorization.k8s.io'
const NETWORKING = 'networking.k8s.io'

const BUILT_IN = {
  nodes: { group: '', kind: 'Node', list: (c, r) => c.core.listNode(r) },
  namespaces: { group: '', kind: 'Namespace', list: (c, r) => c.core.listNamespace(r) },
  pods: { group: '', kind: 'Pod', list: (c, r) => c.core.listPodForAllNamespaces(r) },
  replicationcontrollers: {
    group: '',
    kind: 'ReplicationController',
    list: (c, r) => c.core.listReplicationControllerForAllNamespaces(r),
  },
  serviceaccounts: {
    group: '',
    kind: 'ServiceAccount',
    list: (c, r) => c.core.listServiceAccountForAllNamespaces(r),
  },
  services: { group: '', kind: 'Service', list: (c, r) => c.core.listServiceForAllNamespaces(r) },
  resourcequotas: {
    group: '',
    kind: 'ResourceQuota',
    list: (c, r) => c.core.listResourceQuotaForAllNamespaces(r),
  },
  persistentvolumeclaims: {
    group: '',
    kind: 'PersistentVolumeClaim',
    list: (c, r) => c.core.listPersistentVolumeClaimForAllNamespaces(r),
  },
  persistentvolumes: { group: '', kind: 'PersistentVolume', list: (c, r) => c.core.listPersistentVolume(r) },
  deployments: {
    group: 'apps',
    kind: 'Deployment',
    list: (c, r) => c.apps.listDeploymentForAllNamespaces(r),
  },
  daemonsets: { group: 'apps', kind: 'DaemonSet', list: (c, r) => c.apps.listDaemonSetForAllNamespaces(r) },
  statefulsets: {
    group: 'apps',
    kind: 'StatefulSet',
    list: (c, r) => c.apps.listStatefulSetForAllNamespaces(r),
  },
  replicasets: {
    group: 'apps',
    kind: 'ReplicaSet',
    list: (c, r) => c.apps.listReplicaSetForAllNamespaces(r),
  },
  jobs: { group: 'batch', kind: 'Job', list: (c, r) => c.batch.listJobForAllNamespaces(r) },
  cronjobs: { group: 'batch', kind: 'CronJob', list: (c, r) => c.batch.listCronJobForAllNamespaces(r) },
  roles: { group: RBAC, kind: 'Role', list: (c, r) => c.rbac.listRoleForAllNamespaces(r) },
  clusterroles: { group: RBAC, kind: 'ClusterRole', list: (c, r) => c.rbac.listClusterRole(r) },
  rolebindings: {
    group: RBAC,
    kind: 'RoleBinding',
    list: (c, r) => c.rbac.listRoleBindingForAllNamespaces(r),
  },
  clusterrolebindings: {
    group: RBAC,
    kind: 'ClusterRoleBinding',
    list: (c, r) => c.rbac.listClusterRoleBinding(r),
  },
  networkpolicies: {
    group: NETWORKING,
    kind: 'NetworkPolicy',
    list: (c, r) => c.networking.listNetworkPolicyForAllNamespaces(r),
  },
  ingresses: {
    group: NETWORKING,
    kind: 'Ingress',
    list: (c, r) => c.networking.listIngressForAllNamespaces(r),
  },
  storageclasses: {
    group: 'storage.k8s.io',
    kind: 'StorageClass',
    list: (c, r) => c.storage.listStorageClass(r),
  },
} satisfies Record<string, BuiltIn>

export type BuiltInSection = keyof typeof BUILT_IN

/** List calls of these built-in sections, in the order given. */
export function builtInListCalls(
  { k8s, config }: ClusterConnection,
  sections: readonly BuiltInSection[],
): ListCall[] {
  const clients: Clients = {
    core: config.makeApiClient(k8s.CoreV1Api),
    apps: config.makeApiClient(k8s.AppsV1Api),
    batch: config.makeApiClient(k8s.BatchV1Api),
    rbac: config.makeApiClient(k8s.RbacAuthorizationV1Api),
    networking: config.makeApiClient(k8s.NetworkingV1Api),
    storage: config.makeApiClient(k8s.StorageV1Api),
  }
  return sections.map((section) => {
    const { group, kind, list }: BuiltIn = BUILT_IN[section]
    return {
      section,
      group,
      kind,
      apiVersion: group === '' ? 'v1' : `${group}/v1`,
      list: async (request) => typedPage(await list(clients, request)),
    }
  })
}

/**
 * Plan actions on GCP service accounts (IAM API v1), Workspace users (Admin SDK Directory API) and the
 * project IAM policies that grant them roles (Resource Manager v3, read-modify-write with the etag).
 */
import {
  getProjectPolicy,
  type IamPolicy,
  type PlanAction,
  type RestClient,
  RestError,
} from '#shared/remediate/index.ts'
import { type ActionExecutor, ALREADY_ABSENT, param } from './action-executor.ts'

export interface GoogleClients {
  readonly iam: RestClient
  readonly cloudresourcemanager: RestClient
  readonly admin: RestClient
}

/**
 * Takes the member out of the roles the plan names, in one setIamPolicy carrying the etag it read: a
 * policy changed in between is refused by the service (409) and the action is retried from the read.
 */
async function removeBindings(crm: RestClient, action: PlanAction): Promise<string | undefined> {
  const project = param(action, 'project')
  const member = param(action, 'member')
  const roles = new Set(param(action, 'roles').split(','))
  const policy = await getProjectPolicy(crm, project)
  if (policy === undefined) throw new Error(`projects/${project}: getIamPolicy returned nothing`)
  let removed = 0
  const bindings: NonNullable<IamPolicy['bindings']> = []
  for (const binding of policy.bindings ?? []) {
    const members = binding.members ?? []
    if (binding.role !== undefined && roles.has(binding.role) && members.includes(member)) {
      removed += 1
      const kept = members.filter((candidate) => candidate !== member)
      if (kept.length > 0) bindings.push({ ...binding, members: kept })
    } else {
      bindings.push(binding)
    }
  }
  if (removed === 0) return ALREADY_ABSENT
  await crm.request('POST', `/v3/projects/${encodeURIComponent(project)}:setIamPolicy`, {
    body: { policy: { ...policy, bindings }, updateMask: 'bindings,etag' },
  })
  return undefined
}

export function createGoogleExecutor(clients: GoogleClients): ActionExecutor {
  return {
    async run(_planned, action) {
      try {
        switch (action.operation) {
          case 'gcp:disableServiceAccount':
            await clients.iam.request(
              'POST',
              `/v1/projects/-/serviceAccounts/${encodeURIComponent(param(action, 'service_account'))}:disable`,
              { body: {} },
            )
            return undefined
          case 'gcp:deleteServiceAccountKey': {
            const key = param(action, 'key')
            if (!/^projects\/[^/]+\/serviceAccounts\/[^/]+\/keys\/[^/]+$/.test(key))
              throw new Error(`${key} is not a service-account key name`)
            await clients.iam.request('DELETE', `/v1/${key}`)
            return undefined
          }
          case 'gcp:removeProjectBindings':
          case 'workspace:removeProjectBindings':
            return await removeBindings(clients.cloudresourcemanager, action)
          case 'gcp:deleteServiceAccount':
            await clients.iam.request(
              'DELETE',
              `/v1/projects/-/serviceAccounts/${encodeURIComponent(param(action, 'service_account'))}`,
            )
            return undefined
          case 'workspace:suspendUser':
            await clients.admin.request(
              'PUT',
              `/admin/directory/v1/users/${encodeURIComponent(param(action, 'user_key'))}`,
              { body: { suspended: true } },
            )
            return undefined
          case 'workspace:deleteUser':
            await clients.admin.request(
              'DELETE',
              `/admin/directory/v1/users/${encodeURIComponent(param(action, 'user_key'))}`,
            )
            return undefined
          default:
            throw new Error(`${action.operation} is not a Google operation`)
        }
      } catch (error) {
        if (error instanceof RestError && error.status === 404) return ALREADY_ABSENT
        throw error
      }
    },
  }
}

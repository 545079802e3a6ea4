/** Plan actions on Microsoft Entra ID users through Microsoft Graph v1.0. */
import { type RestClient, RestError } from '#shared/remediate/index.ts'
import { type ActionExecutor, ALREADY_ABSENT, param } from './action-executor.ts'

export function createGraphExecutor(graph: RestClient): ActionExecutor {
  return {
    async run(_planned, action) {
      const user = encodeURIComponent(param(action, 'user_id'))
      try {
        switch (action.operation) {
          case 'graph:revokeSignInSessions':
            await graph.request('POST', `/v1.0/users/${user}/revokeSignInSessions`)
            break
          case 'graph:removeGroupMember':
            await graph.request(
              'DELETE',
              `/v1.0/groups/${encodeURIComponent(param(action, 'group_id'))}/members/${user}/$ref`,
            )
            break
          case 'graph:removeAppRoleAssignment':
            await graph.request(
              'DELETE',
              `/v1.0/users/${user}/appRoleAssignments/${encodeURIComponent(param(action, 'assignment_id'))}`,
            )
            break
          case 'graph:disableUser':
            await graph.request('PATCH', `/v1.0/users/${user}`, { body: { accountEnabled: false } })
            break
          case 'graph:deleteUser':
            await graph.request('DELETE', `/v1.0/users/${user}`)
            break
          default:
            throw new Error(`${action.operation} is not a Microsoft Graph operation`)
        }
        return undefined
      } catch (error) {
        if (error instanceof RestError && error.status === 404) return ALREADY_ABSENT
        throw error
      }
    },
  }
}

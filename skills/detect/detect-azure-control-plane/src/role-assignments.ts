/**
 * Role assignments as Resource Manager bodies carry them: `{ properties: { roleDefinitionId, principalId,
 * principalType, scope } }`, in camelCase from the REST API and in PascalCase in some Activity Log
 * exports. The role is known by the GUID that ends its definition id.
 */
import { asString, type JsonObject, pathOfEitherCase } from '#shared/json/index.ts'
import { RISKY_ROLES, RISKY_ROLES_BY_NAME, type RoleRisk } from './mappings/roles.ts'

export interface RoleAssignment {
  readonly role: RoleRisk
  readonly principalId: string | undefined
  readonly principalType: string | undefined
  readonly scope: string | undefined
}

function roleOf(properties: unknown): RoleRisk | undefined {
  const definition = asString(pathOfEitherCase(properties, 'roleDefinitionId'))
  const guid = definition?.slice(definition.lastIndexOf('/') + 1).toLowerCase()
  const byId = guid === undefined ? undefined : RISKY_ROLES.get(guid)
  if (byId !== undefined) return byId
  const name = asString(pathOfEitherCase(properties, 'roleDefinitionName'))
  return name === undefined ? undefined : RISKY_ROLES_BY_NAME.get(name.toLowerCase())
}

/** The first body that assigns a risky role, read with the assignee and scope it names. */
export function riskyAssignmentOf(bodies: readonly JsonObject[]): RoleAssignment | undefined {
  for (const body of bodies) {
    const properties = pathOfEitherCase(body, 'properties')
    const role = roleOf(properties)
    if (role === undefined) continue
    return {
      role,
      principalId: asString(pathOfEitherCase(properties, 'principalId')),
      principalType: asString(pathOfEitherCase(properties, 'principalType')),
      scope: asString(pathOfEitherCase(properties, 'scope')),
    }
  }
  return undefined
}

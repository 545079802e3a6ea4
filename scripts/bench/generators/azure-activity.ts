/**
 * Azure Activity Log records as a diagnostic setting archives them to a storage account: one JSON
 * record a line (PT1H.json blobs). Ordinary traffic is deployments, VM operations and Key Vault reads by
 * managed identities; the suspicious share is role assignments written by people and NSG rules opened.
 */
import { join } from 'node:path'
import type { Random } from '../random.ts'
import {
  FileWriter,
  type GeneratedInput,
  isoTime,
  mixRecords,
  type Scenario,
  type SourceGenerator,
} from './source-generator.ts'

type ActivityRecord = Record<string, unknown>

const SUBSCRIPTION = '00000000-1111-2222-3333-444444444444'
const TENANT = 'aaaabbbb-0000-cccc-1111-dddd2222eeee'

/** An Entra object id per caller, stable across their events as in a real tenant. */
function objectIdOf(caller: string): string {
  let hash = 0
  for (let index = 0; index < caller.length; index += 1)
    hash = (Math.imul(hash, 31) + caller.charCodeAt(index)) >>> 0
  const hex = hash.toString(16).padStart(8, '0')
  return `${hex}-0000-4000-8000-${hex}0000`
}

interface Operation {
  readonly operation: string
  readonly resourceId: string
  readonly caller: string
  readonly name: string
  readonly ip: string
  readonly result?: 'Start' | 'Success' | 'Failure'
  readonly evidence?: Record<string, unknown>
  readonly requestbody?: string
  /** The Started and Succeeded events of one write share these. */
  readonly correlationId?: string
  readonly operationId?: string
}

function activity(random: Random, time: number, operation: Operation): ActivityRecord {
  return {
    // Azure writes seven fractional digits.
    time: isoTime(time).replace('Z', '0000Z'),
    resourceId: operation.resourceId.toUpperCase(),
    operationName: operation.operation.toUpperCase(),
    category: 'Administrative',
    resultType: operation.result ?? 'Success',
    resultSignature: operation.result === 'Failure' ? 'Forbidden' : 'Succeeded.OK',
    durationMs: random.int(0, 4000),
    callerIpAddress: operation.ip,
    correlationId: operation.correlationId ?? random.uuid(),
    identity: {
      authorization: {
        scope: operation.resourceId,
        action: operation.operation,
        evidence: operation.evidence ?? { role: 'Contributor', principalType: 'User' },
      },
      claims: {
        aud: 'https://management.core.windows.net/',
        iss: `https://sts.windows.net/${TENANT}/`,
        appid: '04b07795-8ddb-461a-bbee-02f9e1bf7b46',
        ipaddr: operation.ip,
        name: operation.name,
        'http://schemas.microsoft.com/claims/authnmethodsreferences': 'pwd,mfa',
        'http://schemas.microsoft.com/identity/claims/objectidentifier': objectIdOf(operation.caller),
        'http://schemas.microsoft.com/identity/claims/tenantid': TENANT,
        'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/upn': operation.caller,
        uti: random.hex(22),
        ver: '1.0',
      },
    },
    level: operation.result === 'Failure' ? 'Error' : 'Information',
    location: 'westeurope',
    tenantId: TENANT,
    properties: {
      eventCategory: 'Administrative',
      eventName: operation.result === 'Start' ? 'BeginRequest' : 'EndRequest',
      operationId: operation.operationId ?? random.uuid(),
      requestbody: operation.requestbody,
    },
  }
}

const group = (name: string) => `/subscriptions/${SUBSCRIPTION}/resourceGroups/${name}`

function benign(random: Random, time: number): ActivityRecord {
  const roll = random.next()
  const resourceGroup = random.pick(['prod-rg', 'data-rg', 'web-rg'])
  if (roll < 0.4) {
    return activity(random, time, {
      operation: 'Microsoft.Compute/virtualMachines/write',
      resourceId: `${group(resourceGroup)}/providers/Microsoft.Compute/virtualMachines/vm-${random.hex(4)}`,
      caller: 'deploy-pipeline@contoso.com',
      name: 'Deploy Pipeline',
      ip: '20.50.2.10',
      result: random.pick(['Start', 'Success']),
      requestbody: JSON.stringify({
        location: 'westeurope',
        properties: {
          hardwareProfile: { vmSize: 'Standard_D4s_v5' },
          storageProfile: {
            imageReference: {
              publisher: 'Canonical',
              offer: '0001-com-ubuntu-server-jammy',
              sku: '22_04-lts-gen2',
              version: 'latest',
            },
          },
        },
      }),
    })
  }
  if (roll < 0.7) {
    return activity(random, time, {
      operation: 'Microsoft.Resources/deployments/write',
      resourceId: `${group(resourceGroup)}/providers/Microsoft.Resources/deployments/release-${random.hex(6)}`,
      caller: 'deploy-pipeline@contoso.com',
      name: 'Deploy Pipeline',
      ip: '20.50.2.10',
    })
  }
  if (roll < 0.95) {
    return activity(random, time, {
      operation: 'Microsoft.Storage/storageAccounts/listKeys/action',
      resourceId: `${group('data-rg')}/providers/Microsoft.Storage/storageAccounts/contosodata${random.int(1, 4)}`,
      caller: 'etl-identity@contoso.com',
      name: 'ETL Identity',
      ip: '10.1.0.4',
    })
  }
  return activity(random, time, {
    operation: 'Microsoft.Network/networkSecurityGroups/securityRules/write',
    resourceId: `${group('web-rg')}/providers/Microsoft.Network/networkSecurityGroups/web-nsg/securityRules/allow-https`,
    caller: 'intern@contoso.com',
    name: 'Intern',
    ip: '203.0.113.90',
    result: 'Failure',
  })
}

const MALLORY = { caller: 'mallory@contoso.com', name: 'Mallory Example', ip: '203.0.113.77' }

/** A write as Resource Manager logs it: Started with the request body, then Succeeded a moment later. */
function write(random: Random, start: number, operation: Omit<Operation, 'result'>): ActivityRecord[] {
  const ids = { correlationId: random.uuid(), operationId: random.uuid() }
  return [
    activity(random, start, { ...operation, ...ids, result: 'Start' }),
    activity(random, start + 1_500, { ...operation, ...ids, requestbody: undefined, result: 'Success' }),
  ]
}

const SCENARIOS: readonly Scenario<ActivityRecord>[] = [
  (random, start) =>
    write(random, start, {
      ...MALLORY,
      operation: 'Microsoft.Authorization/roleAssignments/write',
      resourceId: `/subscriptions/${SUBSCRIPTION}/providers/Microsoft.Authorization/roleAssignments/${random.uuid()}`,
      evidence: {
        role: 'Owner',
        roleAssignmentScope: `/subscriptions/${SUBSCRIPTION}`,
        principalType: 'User',
      },
      requestbody: JSON.stringify({
        Properties: {
          PrincipalId: random.uuid(),
          PrincipalType: 'ServicePrincipal',
          RoleDefinitionId: `/subscriptions/${SUBSCRIPTION}/providers/Microsoft.Authorization/roleDefinitions/8e3af657-a8ff-443c-a75c-2fe8c4bcb635`,
          Scope: `/subscriptions/${SUBSCRIPTION}`,
        },
      }),
    }),
  (random, start) =>
    write(random, start, {
      ...MALLORY,
      operation: 'Microsoft.Network/networkSecurityGroups/securityRules/write',
      resourceId: `${group('prod-rg')}/providers/Microsoft.Network/networkSecurityGroups/jump-nsg/securityRules/allow-rdp-any`,
      requestbody: JSON.stringify({
        properties: {
          protocol: 'Tcp',
          sourcePortRange: '*',
          sourceAddressPrefix: '0.0.0.0/0',
          destinationAddressPrefix: '*',
          access: 'Allow',
          priority: 100,
          direction: 'Inbound',
          destinationPortRange: '3389',
        },
      }),
    }),
  (random, start) =>
    write(random, start, {
      ...MALLORY,
      operation: 'Microsoft.Insights/diagnosticSettings/delete',
      resourceId: `/subscriptions/${SUBSCRIPTION}/providers/microsoft.insights/diagnosticSettings/to-siem`,
    }),
  (random, start) =>
    write(random, start, {
      ...MALLORY,
      operation: 'Microsoft.KeyVault/locations/deletedVaults/purge/action',
      resourceId: `/subscriptions/${SUBSCRIPTION}/providers/Microsoft.KeyVault/locations/westeurope/deletedVaults/prod-kv`,
    }),
  (random, start) =>
    write(random, start, {
      ...MALLORY,
      operation: 'Microsoft.Compute/virtualMachines/runCommand/action',
      resourceId: `${group('prod-rg')}/providers/Microsoft.Compute/virtualMachines/db-vm-01`,
      requestbody: JSON.stringify({ commandId: 'RunShellScript', script: ['id', 'cat /etc/shadow'] }),
    }),
  (random, start) => {
    const reads: ActivityRecord[] = []
    for (let secret = 0; secret < 12; secret += 1) {
      reads.push(
        activity(random, start + secret * 1_000, {
          ...MALLORY,
          operation: 'Microsoft.KeyVault/vaults/secrets/getSecret/action',
          resourceId: `${group('prod-rg')}/providers/Microsoft.KeyVault/vaults/prod-kv/secrets/app-secret-${String(secret).padStart(2, '0')}`,
        }),
      )
    }
    return reads
  },
]

export const azureActivityGenerator: SourceGenerator = {
  ingester: 'ingest-azure-activity-ocsf',
  source: 'azure-activity',
  generate(dir, records, random): GeneratedInput {
    const file = join(dir, 'azure-activity.jsonl')
    const writer = new FileWriter(file)
    for (const item of mixRecords(records, random, benign, SCENARIOS))
      writer.write(`${JSON.stringify(item)}\n`)
    writer.close()
    return { files: [file], args: [], records, bytes: writer.written, text: false }
  },
}

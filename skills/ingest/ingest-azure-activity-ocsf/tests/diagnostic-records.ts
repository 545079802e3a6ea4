/**
 * The same events in the diagnostic-settings schema that storage accounts and Event Hubs receive
 * (`records[]`), written from the REST events by Microsoft's published property mapping.
 */
import { ROLE_ASSIGNMENT_WRITE, TENANT_ID } from './sample-events.ts'

/** ROLE_ASSIGNMENT_WRITE as a diagnostic-settings record, with the RBAC evidence only this schema carries. */
export const ROLE_ASSIGNMENT_RECORD = {
  time: '2026-03-02T09:15:04.2157361Z',
  resourceId: ROLE_ASSIGNMENT_WRITE.resourceId.toUpperCase(),
  operationName: 'MICROSOFT.AUTHORIZATION/ROLEASSIGNMENTS/WRITE',
  category: 'Administrative',
  resultType: 'Success',
  resultSignature: 'Succeeded.Created',
  durationMs: 1046,
  callerIpAddress: '203.0.113.77',
  correlationId: ROLE_ASSIGNMENT_WRITE.correlationId,
  identity: {
    authorization: {
      scope: ROLE_ASSIGNMENT_WRITE.authorization.scope,
      action: 'Microsoft.Authorization/roleAssignments/write',
      evidence: {
        role: 'User Access Administrator',
        roleAssignmentScope: `/subscriptions/${ROLE_ASSIGNMENT_WRITE.subscriptionId}`,
        roleAssignmentId: '9d2c0f1e4b3a4c5d8e7f6a5b4c3d2e1f',
        roleDefinitionId: '18d7d88d-d35e-4fb5-a5c3-7773c20a72d9',
        principalId: 'f409edeb-4d29-44b5-9763-ee9348ad91bb',
        principalType: 'User',
      },
    },
    claims: ROLE_ASSIGNMENT_WRITE.claims,
  },
  level: 'Information',
  location: 'global',
  tenantId: TENANT_ID,
  properties: {
    statusCode: 'Created',
    serviceRequestId: ROLE_ASSIGNMENT_WRITE.properties.serviceRequestId,
    eventCategory: 'Administrative',
    entity: ROLE_ASSIGNMENT_WRITE.resourceId,
    message: 'Microsoft.Authorization/roleAssignments/write',
    hierarchy: ROLE_ASSIGNMENT_WRITE.properties.hierarchy,
    requestbody: ROLE_ASSIGNMENT_WRITE.properties.requestbody,
  },
}

/** A storage resource log record of a blob read with a SAS, from outside. */
export const SAS_BLOB_READ = {
  time: '2026-03-02T09:52:00.1234567Z',
  resourceId: `/subscriptions/${ROLE_ASSIGNMENT_WRITE.subscriptionId}/resourceGroups/prod-rg/providers/Microsoft.Storage/storageAccounts/proddata/blobServices/default`,
  category: 'StorageRead',
  operationName: 'GetBlob',
  operationVersion: '2023-11-03',
  schemaVersion: '1.0',
  statusCode: 200,
  statusText: 'Success',
  durationMs: 12,
  callerIpAddress: '198.51.100.23:51234',
  correlationId: '0f0e0d0c-0b0a-4909-8807-060504030201',
  identity: { type: 'SAS', tokenHash: 'key1(0A1B2C3D4E5F60718293A4B5C6D7E8F9)' },
  location: 'westeurope',
  protocol: 'HTTPS',
  uri: 'https://proddata.blob.core.windows.net/backups/db.bak?sv=2022-11-02&sp=r&se=2026-03-03T00%3A00%3A00Z&sig=exampleSignatureNotReal%3D',
  properties: {
    accountName: 'proddata',
    userAgentHeader: 'curl/8.4.0',
    serviceType: 'blob',
    objectKey: '/proddata/backups/db.bak',
    metricResponseType: 'Success',
    tlsVersion: 'TLS 1.3',
  },
}

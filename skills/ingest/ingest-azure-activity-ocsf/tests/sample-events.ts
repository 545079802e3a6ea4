/**
 * Activity Log events as the Activity Logs REST API returns them (EventData JSON), one per behaviour the
 * tests and the detectors downstream care about. Subscriptions, principals and addresses are example values.
 */

export const SUBSCRIPTION_ID = '00000000-1111-2222-3333-444444444444'
export const TENANT_ID = 'aaaabbbb-0000-cccc-1111-dddd2222eeee'
const RESOURCE_GROUP = `/subscriptions/${SUBSCRIPTION_ID}/resourceGroups/prod-rg`
/** The built-in Owner role's definition id. */
export const OWNER_ROLE = '8e3af657-a8ff-443c-a75c-2fe8c4bcb635'

const USER_CLAIMS = {
  aud: 'https://management.core.windows.net/',
  iss: `https://sts.windows.net/${TENANT_ID}/`,
  appid: 'c44b4083-3bb0-49c1-b47d-974e53cbdf3c',
  'http://schemas.microsoft.com/claims/authnmethodsreferences': 'pwd,mfa',
  'http://schemas.microsoft.com/identity/claims/objectidentifier': 'f409edeb-4d29-44b5-9763-ee9348ad91bb',
  'http://schemas.microsoft.com/identity/claims/tenantid': TENANT_ID,
  'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/upn': 'mallory@contoso.com',
  name: 'Mallory Example',
  ipaddr: '203.0.113.77',
  uti: 'IdP3SUJGtkGlt7dDQVRPAA',
  ver: '1.0',
}

function localizable(value: string) {
  return { value, localizedValue: value }
}

/** A user assigns Owner at subscription scope to a service principal; Resource Manager answered 201 Created. */
export const ROLE_ASSIGNMENT_WRITE = {
  authorization: {
    action: 'Microsoft.Authorization/roleAssignments/write',
    scope: `/subscriptions/${SUBSCRIPTION_ID}/providers/Microsoft.Authorization/roleAssignments/b7f3c1de-0d41-4a4e-9c33-6f1de3c2a8b1`,
  },
  caller: 'mallory@contoso.com',
  channels: 'Operation',
  claims: USER_CLAIMS,
  correlationId: '5d3f1b7a-2c44-4f0e-9d6b-1a2b3c4d5e6f',
  description: '',
  eventDataId: '0c7e9a11-5b2d-4c8f-8e3a-9f1b2c3d4e5f',
  eventName: localizable('EndRequest'),
  category: localizable('Administrative'),
  eventTimestamp: '2026-03-02T09:15:04.2157361Z',
  id: `/subscriptions/${SUBSCRIPTION_ID}/providers/Microsoft.Authorization/roleAssignments/b7f3c1de-0d41-4a4e-9c33-6f1de3c2a8b1/events/0c7e9a11-5b2d-4c8f-8e3a-9f1b2c3d4e5f/ticks/639080457042157361`,
  level: 'Informational',
  operationId: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
  operationName: localizable('Microsoft.Authorization/roleAssignments/write'),
  resourceProviderName: localizable('Microsoft.Authorization'),
  resourceType: localizable('Microsoft.Authorization/roleAssignments'),
  resourceId: `/subscriptions/${SUBSCRIPTION_ID}/providers/Microsoft.Authorization/roleAssignments/b7f3c1de-0d41-4a4e-9c33-6f1de3c2a8b1`,
  status: localizable('Succeeded'),
  subStatus: localizable('Created'),
  submissionTimestamp: '2026-03-02T09:16:45.0724829Z',
  subscriptionId: SUBSCRIPTION_ID,
  tenantId: TENANT_ID,
  httpRequest: {
    clientRequestId: '2f6e7c8d-9a0b-4c1d-8e2f-3a4b5c6d7e8f',
    clientIpAddress: '203.0.113.77',
    method: 'PUT',
  },
  properties: {
    statusCode: 'Created',
    serviceRequestId: '7a8b9c0d-1e2f-4a3b-9c4d-5e6f7a8b9c0d',
    eventCategory: 'Administrative',
    entity: `/subscriptions/${SUBSCRIPTION_ID}/providers/Microsoft.Authorization/roleAssignments/b7f3c1de-0d41-4a4e-9c33-6f1de3c2a8b1`,
    message: 'Microsoft.Authorization/roleAssignments/write',
    hierarchy: `${TENANT_ID}/${SUBSCRIPTION_ID}`,
    requestbody: JSON.stringify({
      Id: 'b7f3c1de-0d41-4a4e-9c33-6f1de3c2a8b1',
      Properties: {
        PrincipalId: '3c2b1a09-8f7e-4d6c-b5a4-93827160f5e4',
        PrincipalType: 'ServicePrincipal',
        RoleDefinitionId: `/subscriptions/${SUBSCRIPTION_ID}/providers/Microsoft.Authorization/roleDefinitions/${OWNER_ROLE}`,
        Scope: `/subscriptions/${SUBSCRIPTION_ID}`,
      },
    }),
  },
  relatedEvents: [],
}

/** The diagnostic setting that streams the subscription's logs to the SIEM is deleted by a service principal. */
export const DIAGNOSTIC_SETTING_DELETE = {
  authorization: {
    action: 'Microsoft.Insights/diagnosticSettings/delete',
    scope: `/subscriptions/${SUBSCRIPTION_ID}/providers/microsoft.insights/diagnosticSettings/to-siem`,
  },
  caller: '3c2b1a09-8f7e-4d6c-b5a4-93827160f5e4',
  claims: {
    aud: 'https://management.azure.com/',
    iss: `https://sts.windows.net/${TENANT_ID}/`,
    appid: '11112222-bbbb-3333-cccc-4444dddd5555',
    idtyp: 'app',
    'http://schemas.microsoft.com/identity/claims/objectidentifier': '3c2b1a09-8f7e-4d6c-b5a4-93827160f5e4',
    'http://schemas.microsoft.com/identity/claims/tenantid': TENANT_ID,
    uti: 'Zx9YwVuTsRqPoNmLkJiHgA',
  },
  correlationId: '6e4f2c8b-3d55-4a1f-8e7c-2b3c4d5e6f70',
  eventDataId: '1d8f0b22-6c3e-4d9f-9f4b-0a2b3c4d5e6f',
  eventName: localizable('EndRequest'),
  category: localizable('Administrative'),
  eventTimestamp: '2026-03-02T09:20:11.0045120Z',
  level: 'Informational',
  operationId: '6e4f2c8b-3d55-4a1f-8e7c-2b3c4d5e6f70',
  operationName: localizable('Microsoft.Insights/diagnosticSettings/delete'),
  resourceProviderName: localizable('microsoft.insights'),
  resourceType: localizable('microsoft.insights/diagnosticSettings'),
  resourceId: `/subscriptions/${SUBSCRIPTION_ID}/providers/microsoft.insights/diagnosticSettings/to-siem`,
  status: localizable('Succeeded'),
  subStatus: localizable('OK'),
  submissionTimestamp: '2026-03-02T09:21:02.1180000Z',
  subscriptionId: SUBSCRIPTION_ID,
  tenantId: TENANT_ID,
  httpRequest: {
    clientRequestId: '8b9c0d1e-2f3a-4b5c-9d6e-7f8a9b0c1d2e',
    clientIpAddress: '198.51.100.23',
    method: 'DELETE',
  },
  properties: { statusCode: 'OK', serviceRequestId: null, eventCategory: 'Administrative' },
}

/** An NSG rule that opens RDP to the internet; the body of the PUT is logged. */
export const NSG_RULE_OPEN_RDP = {
  authorization: {
    action: 'Microsoft.Network/networkSecurityGroups/securityRules/write',
    scope: `${RESOURCE_GROUP}/providers/Microsoft.Network/networkSecurityGroups/web-nsg/securityRules/allow-rdp`,
  },
  caller: 'mallory@contoso.com',
  claims: USER_CLAIMS,
  correlationId: '7f5a3d9c-4e66-4b2a-9f8d-3c4d5e6f7a81',
  eventDataId: '2e9a1c33-7d4f-4eaf-a05c-1b2c3d4e5f60',
  eventName: localizable('EndRequest'),
  category: localizable('Administrative'),
  eventTimestamp: '2026-03-02T09:31:40.1180000Z',
  level: 'Informational',
  operationId: 'a1b2c3d4-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
  operationName: localizable('Microsoft.Network/networkSecurityGroups/securityRules/write'),
  resourceProviderName: localizable('Microsoft.Network'),
  resourceType: localizable('Microsoft.Network/networkSecurityGroups/securityRules'),
  resourceGroupName: 'prod-rg',
  resourceId: `${RESOURCE_GROUP}/providers/Microsoft.Network/networkSecurityGroups/web-nsg/securityRules/allow-rdp`,
  status: localizable('Succeeded'),
  subStatus: localizable('OK'),
  submissionTimestamp: '2026-03-02T09:32:10.0000000Z',
  subscriptionId: SUBSCRIPTION_ID,
  tenantId: TENANT_ID,
  httpRequest: {
    clientRequestId: '3a4b5c6d-7e8f-4a9b-8c0d-1e2f3a4b5c6d',
    clientIpAddress: '203.0.113.77',
    method: 'PUT',
  },
  properties: {
    statusCode: 'OK',
    serviceRequestId: '4b5c6d7e-8f9a-4b0c-9d1e-2f3a4b5c6d7e',
    requestbody: JSON.stringify({
      properties: {
        protocol: 'Tcp',
        sourcePortRange: '*',
        destinationPortRange: '3389',
        sourceAddressPrefix: '0.0.0.0/0',
        destinationAddressPrefix: '*',
        access: 'Allow',
        priority: 100,
        direction: 'Inbound',
      },
    }),
  },
}

/** A Run Command on a VM, refused: the caller lacks the action. */
export const RUN_COMMAND_DENIED = {
  authorization: {
    action: 'Microsoft.Compute/virtualMachines/runCommand/action',
    scope: `${RESOURCE_GROUP}/providers/Microsoft.Compute/virtualMachines/db-vm-01`,
  },
  caller: 'mallory@contoso.com',
  claims: USER_CLAIMS,
  correlationId: '8a6b4e0d-5f77-4c3b-a09e-4d5e6f7a8b92',
  eventDataId: '3fab2d44-8e50-4fb0-b16d-2c3d4e5f6a71',
  eventName: localizable('EndRequest'),
  category: localizable('Administrative'),
  eventTimestamp: '2026-03-02T09:40:02.5000000Z',
  level: 'Error',
  operationId: '8a6b4e0d-5f77-4c3b-a09e-4d5e6f7a8b92',
  operationName: localizable('Microsoft.Compute/virtualMachines/runCommand/action'),
  resourceProviderName: localizable('Microsoft.Compute'),
  resourceType: localizable('Microsoft.Compute/virtualMachines'),
  resourceGroupName: 'prod-rg',
  resourceId: `${RESOURCE_GROUP}/providers/Microsoft.Compute/virtualMachines/db-vm-01`,
  status: localizable('Failed'),
  subStatus: localizable('Forbidden'),
  submissionTimestamp: '2026-03-02T09:40:30.0000000Z',
  subscriptionId: SUBSCRIPTION_ID,
  tenantId: TENANT_ID,
  httpRequest: {
    clientRequestId: '5c6d7e8f-9a0b-4c1d-8e2f-3a4b5c6d7e8f',
    clientIpAddress: '203.0.113.77',
    method: 'POST',
  },
  properties: {
    statusCode: 'Forbidden',
    statusMessage: JSON.stringify({
      error: {
        code: 'AuthorizationFailed',
        message:
          "The client 'mallory@contoso.com' with object id 'f409edeb-4d29-44b5-9763-ee9348ad91bb' does not have authorization to perform action 'Microsoft.Compute/virtualMachines/runCommand/action'.",
      },
    }),
  },
}

/** A Key Vault secret written through Resource Manager: the secret's value is in the logged body. */
export const KEY_VAULT_SECRET_WRITE = {
  authorization: {
    action: 'Microsoft.KeyVault/vaults/secrets/write',
    scope: `${RESOURCE_GROUP}/providers/Microsoft.KeyVault/vaults/prod-kv/secrets/db-password`,
  },
  caller: 'mallory@contoso.com',
  claims: USER_CLAIMS,
  correlationId: '9b7c5f1e-6088-4d4c-b1af-5e6f7a8b9ca3',
  eventDataId: '40bc3e55-9f61-40c1-827e-3d4e5f6a7b82',
  eventName: localizable('EndRequest'),
  category: localizable('Administrative'),
  eventTimestamp: '2026-03-02T09:45:12.6600000Z',
  level: 'Informational',
  operationId: '9b7c5f1e-6088-4d4c-b1af-5e6f7a8b9ca3',
  operationName: localizable('Microsoft.KeyVault/vaults/secrets/write'),
  resourceProviderName: localizable('Microsoft.KeyVault'),
  resourceType: localizable('Microsoft.KeyVault/vaults/secrets'),
  resourceGroupName: 'prod-rg',
  resourceId: `${RESOURCE_GROUP}/providers/Microsoft.KeyVault/vaults/prod-kv/secrets/db-password`,
  status: localizable('Succeeded'),
  subStatus: localizable('Created'),
  submissionTimestamp: '2026-03-02T09:46:00.0000000Z',
  subscriptionId: SUBSCRIPTION_ID,
  tenantId: TENANT_ID,
  httpRequest: {
    clientRequestId: '6d7e8f9a-0b1c-4d2e-9f3a-4b5c6d7e8f9a',
    clientIpAddress: '203.0.113.77',
    method: 'PUT',
  },
  properties: {
    statusCode: 'Created',
    requestbody: JSON.stringify({
      properties: { value: 'example-secret-value-not-real', contentType: 'text/plain' },
    }),
  },
}

/** A Service Health notice in the same stream: an Activity Log event, but not a call anyone made. */
export const SERVICE_HEALTH_NOTICE = {
  channels: 'Admin',
  correlationId: 'bbbb1111-cc22-3333-44dd-555555eeeeee',
  description: 'Active: Network Infrastructure - UK South',
  eventDataId: '51cd4f66-a072-41d2-938f-4e5f6a7b8c93',
  category: { value: 'ServiceHealth', localizedValue: 'Service Health' },
  eventTimestamp: '2026-03-02T09:50:00.0000000Z',
  level: 'Warning',
  operationName: localizable('Microsoft.ServiceHealth/incident/action'),
  resourceId: `/subscriptions/${SUBSCRIPTION_ID}`,
  status: localizable('Active'),
  submissionTimestamp: '2026-03-02T09:50:20.0000000Z',
  subscriptionId: SUBSCRIPTION_ID,
  properties: { title: 'Network Infrastructure - UK South', incidentType: 'Incident' },
}

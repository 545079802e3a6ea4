/**
 * Request and response body members that hold a credential or a secret value, matched by name at any
 * depth (without case, `_` or `-`). Resource Manager logs the body of some writes (properties.requestbody),
 * and a body can carry a VM's administrator password or a storage account's keys. Their values become
 * "[redacted]"; names and resource ids stay.
 */
export const SECRET_MEMBERS: ReadonlySet<string> = new Set([
  'password', // SQL, PostgreSQL, MySQL administrator logins
  'adminpassword', // Microsoft.Compute virtualMachines osProfile
  'administratorloginpassword', // Microsoft.Sql servers, Microsoft.DBforPostgreSQL
  'secret', // generic
  'clientsecret', // service principal and app registration credentials
  'protectedsettings', // VM extensions: Custom Script and Run Command arguments marked secret
  'primarykey', // Event Hubs, Service Bus, IoT Hub, Cosmos DB keys
  'secondarykey',
  'primarymasterkey',
  'secondarymasterkey',
  'accountkey', // storage account keys in connection settings
  'primaryconnectionstring',
  'secondaryconnectionstring',
  'connectionstring',
  'sastoken',
  'sharedaccesskey',
  'accesstoken',
  'refreshtoken',
  'privatekey',
  'pfxblob', // certificate uploads with their private key
  'certificatepassword',
])

/** Key Vault secrets written through Resource Manager carry the secret as `properties.value`. */
export const KEY_VAULT_SECRET_TYPE = 'microsoft.keyvault/vaults/secrets'
export const SECRET_VALUE_MEMBERS: ReadonlySet<string> = new Set([...SECRET_MEMBERS, 'value'])

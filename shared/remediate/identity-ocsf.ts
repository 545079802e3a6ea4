/** An identity as OCSF objects: the `user` an Account Change is about, the `cloud` it lives in, the resource a finding names. */
import type { Cloud, ResourceDetails, User } from '../ocsf/index.ts'
import type { IdentityRef, Provider } from './identity.ts'

const RESOURCE_TYPES: Readonly<Record<Provider, string>> = {
  aws: 'AWS IAM User',
  entra: 'Microsoft Entra ID User',
  gcp: 'GCP Service Account',
  workspace: 'Google Workspace User',
}

/** account.type_id: 10 AWS Account, 17 M365 Tenant, 11 GCP Project, 15 Google Workspace. */
const ACCOUNT_TYPES: Readonly<Record<Provider, { type_id: 10 | 11 | 15 | 17; type: string }>> = {
  aws: { type_id: 10, type: 'AWS Account' },
  entra: { type_id: 17, type: 'M365 Tenant' },
  gcp: { type_id: 11, type: 'GCP Project' },
  workspace: { type_id: 15, type: 'Google Workspace' },
}

export function resourceTypeOf(provider: Provider): string {
  return RESOURCE_TYPES[provider]
}

/** The identity as an OCSF user: name, uid, email, and the account it belongs to. */
export function userOf(ref: IdentityRef): User {
  const user: User = { name: ref.name ?? ref.uid, uid: ref.uid }
  if (ref.email !== undefined && /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(ref.email)) user.email_addr = ref.email
  user.type_id = ref.provider === 'gcp' ? 4 : 1
  user.type = ref.provider === 'gcp' ? 'Service' : 'User'
  if (ref.account !== undefined) user.account = { uid: ref.account, ...ACCOUNT_TYPES[ref.provider] }
  return user
}

/** The provider as OCSF `cloud.provider` names it. */
const CLOUD_PROVIDERS: Readonly<Record<Provider, string>> = {
  aws: 'AWS',
  entra: 'Azure',
  gcp: 'GCP',
  workspace: 'Google Workspace',
}

/**
 * The cloud the identity lives in (profile `cloud`): the AWS account, the Entra tenant, the GCP project or
 * the Workspace customer. Every audit row has one, since Account Change carries `api` only in that profile.
 */
export function cloudOf(ref: IdentityRef): Cloud {
  const cloud: Cloud = { provider: CLOUD_PROVIDERS[ref.provider] }
  if (ref.account !== undefined) cloud.account = { uid: ref.account, ...ACCOUNT_TYPES[ref.provider] }
  return cloud
}

export function resourceOf(ref: IdentityRef): ResourceDetails {
  return {
    type: resourceTypeOf(ref.provider),
    uid: ref.uid,
    name: ref.name ?? ref.uid,
    provider: CLOUD_PROVIDERS[ref.provider],
  }
}

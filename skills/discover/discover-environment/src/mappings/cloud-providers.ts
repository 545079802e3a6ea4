/**
 * The OCSF `cloud.provider` names the toolkit's ingesters already write (AWS, GCP, Azure), and the OCSF
 * account type of what each provider calls an account; `other` environments carry no cloud object.
 */
import type { Provider } from '../environment.ts'

export interface CloudProvider {
  readonly name: string
  readonly accountType: { readonly type_id: 10 | 11 | 13; readonly type: string }
}

export const CLOUD_PROVIDERS: Readonly<Record<Exclude<Provider, 'other'>, CloudProvider>> = {
  aws: { name: 'AWS', accountType: { type_id: 10, type: 'AWS Account' } },
  gcp: { name: 'GCP', accountType: { type_id: 11, type: 'GCP Project' } },
  azure: { name: 'Azure', accountType: { type_id: 13, type: 'Azure Subscription' } },
}

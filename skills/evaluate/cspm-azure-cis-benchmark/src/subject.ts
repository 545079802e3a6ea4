/** What the controls evaluate, and the resources their findings name: each by its Resource Manager id. */
import type { Cloud, ResourceDetails } from '#shared/ocsf/index.ts'
import type { PostureControl } from '#shared/posture/index.ts'
import type { AzureSnapshotData } from './snapshot.ts'

export interface AzureSubject {
  readonly data: AzureSnapshotData
  readonly collectedAt: number
}

export function subscriptionCloud(data: AzureSnapshotData, region?: string): Cloud {
  return {
    provider: 'Azure',
    account: { uid: data.subscription.subscriptionId, type_id: 13, type: 'Azure Subscription' },
    region,
  }
}

export function subscriptionResource(data: AzureSnapshotData): ResourceDetails {
  const { subscriptionId } = data.subscription
  return {
    uid: `/subscriptions/${subscriptionId}`,
    name: subscriptionId,
    type: 'Microsoft.Resources/subscriptions',
  }
}

/** The subscription's setting in one region (a Network Watcher there or not). */
export function subscriptionRegionResource(data: AzureSnapshotData, region: string): ResourceDetails {
  const subscription = subscriptionResource(data)
  return { ...subscription, uid: `${subscription.uid}/locations/${region}`, region }
}

/** A resource as Resource Manager names it: its id, name, type and location. */
export function armResource(
  resource: { id: string; name: string; location: string },
  type: string,
): ResourceDetails {
  return { uid: resource.id, name: resource.name, type, region: resource.location }
}

/** A control of this benchmark: a pure function of the snapshot. */
export type AzureControl = PostureControl<AzureSubject>

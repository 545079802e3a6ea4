/** What the controls evaluate, and the resources their findings name: each by its Resource Manager id. */
import type { Cloud, ResourceDetails } from '#shared/ocsf/index.ts'
import type { PostureControl, SnapshotKind, SnapshotSubject } from '#shared/posture/index.ts'
import { SNAPSHOT_KIND } from './benchmark.ts'
import type { AzureSnapshotData } from './snapshot.ts'

export type AzureSubject = SnapshotSubject<AzureSnapshotData>

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

/** This skill's snapshots, and the subscription each names as a whole. */
export const AZURE_SNAPSHOTS: SnapshotKind<AzureSnapshotData> = {
  kind: SNAPSHOT_KIND,
  loadSchema: async () => (await import('./snapshot.ts')).AzureSnapshotData,
  resource: subscriptionResource,
  cloud: subscriptionCloud,
}

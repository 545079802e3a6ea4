/**
 * What the controls evaluate, and the resources their findings name: each by its Cloud Asset Inventory
 * full resource name (//service.googleapis.com/...) and asset type, so a finding joins up with asset exports.
 */
import type { Cloud, ResourceDetails } from '#shared/ocsf/index.ts'
import type { PostureControl, SnapshotKind, SnapshotSubject } from '#shared/posture/index.ts'
import { SNAPSHOT_KIND } from './benchmark.ts'
import type { Bucket, FirewallRule, GcpSnapshotData, ServiceAccount, Subnetwork } from './snapshot.ts'

export type GcpSubject = SnapshotSubject<GcpSnapshotData>

export function projectCloud(data: GcpSnapshotData, region?: string): Cloud {
  return {
    provider: 'GCP',
    account: { uid: data.project.projectId, type_id: 11, type: 'GCP Project' },
    region,
  }
}

export function projectResource(data: GcpSnapshotData): ResourceDetails {
  const { projectId } = data.project
  return {
    uid: `//cloudresourcemanager.googleapis.com/projects/${projectId}`,
    name: projectId,
    type: 'cloudresourcemanager.googleapis.com/Project',
  }
}

export function serviceAccountResource(data: GcpSnapshotData, account: ServiceAccount): ResourceDetails {
  return {
    uid: `//iam.googleapis.com/projects/${data.project.projectId}/serviceAccounts/${account.uniqueId}`,
    uid_alt: account.email,
    name: account.email,
    type: 'iam.googleapis.com/ServiceAccount',
  }
}

/** A service account named in a policy but not listed in the project (another project's): by its email. */
export function memberServiceAccountResource(email: string): ResourceDetails {
  return {
    uid: `//iam.googleapis.com/projects/-/serviceAccounts/${email}`,
    name: email,
    type: 'iam.googleapis.com/ServiceAccount',
  }
}

/** Bucket locations are multi-regions (EU), dual-regions (NAM4) or regions (US-CENTRAL1); OCSF regions are lower case. */
export function bucketRegion(bucket: Bucket): string {
  return bucket.location.toLowerCase()
}

export function bucketResource(bucket: Bucket): ResourceDetails {
  return {
    uid: `//storage.googleapis.com/projects/_/buckets/${bucket.name}`,
    name: bucket.name,
    type: 'storage.googleapis.com/Bucket',
    region: bucketRegion(bucket),
  }
}

export function firewallResource(data: GcpSnapshotData, rule: FirewallRule): ResourceDetails {
  return {
    uid: `//compute.googleapis.com/projects/${data.project.projectId}/global/firewalls/${rule.name}`,
    name: rule.name,
    type: 'compute.googleapis.com/Firewall',
  }
}

export function subnetworkResource(data: GcpSnapshotData, subnet: Subnetwork): ResourceDetails {
  return {
    uid: `//compute.googleapis.com/projects/${data.project.projectId}/regions/${subnet.region}/subnetworks/${subnet.name}`,
    name: subnet.name,
    type: 'compute.googleapis.com/Subnetwork',
    region: subnet.region,
  }
}

/** A control of this benchmark: a pure function of the snapshot. */
export type GcpControl = PostureControl<GcpSubject>

/** This skill's snapshots, and the project each names as a whole. */
export const GCP_SNAPSHOTS: SnapshotKind<GcpSnapshotData> = {
  kind: SNAPSHOT_KIND,
  loadSchema: async () => (await import('./snapshot.ts')).GcpSnapshotData,
  resource: projectResource,
  cloud: projectCloud,
}

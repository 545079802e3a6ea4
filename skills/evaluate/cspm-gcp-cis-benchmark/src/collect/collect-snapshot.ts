/** A live, read-only collection of everything the controls read, as one snapshot. */
import { formatTime } from '#shared/ocsf/index.ts'
import type { Progress, SnapshotFile } from '#shared/posture/index.ts'
import { SNAPSHOT_KIND } from '../benchmark.ts'
import { SECTIONS } from '../sections.ts'
import type { GcpSnapshotData } from '../snapshot.ts'
import { collectFirewalls, collectSubnetworks } from './collect-compute.ts'
import { collectProjectPolicy, collectServiceAccounts } from './collect-iam.ts'
import { collectBuckets } from './collect-storage.ts'
import { GoogleApi, type GoogleApiSettings } from './google-api.ts'

export interface CollectSettings extends GoogleApiSettings {
  /** When the collection started: the snapshot's collected_at. */
  readonly now: number
}

export async function collectSnapshot(
  settings: CollectSettings,
  progress: Progress,
): Promise<SnapshotFile<GcpSnapshotData>> {
  const api = await GoogleApi.create(settings)
  const errors: Record<string, string> = {}
  progress.step('project IAM policy')
  const iamPolicy = await collectProjectPolicy(api, errors, SECTIONS.iamPolicy)
  progress.step('service accounts and their keys')
  const serviceAccounts = await collectServiceAccounts(api, errors, SECTIONS.serviceAccounts)
  progress.step('Cloud Storage buckets and their IAM policies')
  const buckets = await collectBuckets(api, errors, SECTIONS.buckets)
  progress.step('firewall rules')
  const firewalls = await collectFirewalls(api, errors, SECTIONS.firewalls)
  progress.step('subnetworks')
  const subnetworks = await collectSubnetworks(api, errors, SECTIONS.subnetworks)
  return {
    kind: SNAPSHOT_KIND,
    collected_at: formatTime(settings.now),
    errors,
    data: {
      project: { projectId: settings.project },
      iamPolicy,
      serviceAccounts,
      buckets,
      firewalls,
      subnetworks,
    },
  }
}

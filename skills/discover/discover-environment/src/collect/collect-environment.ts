/** A live collection of the chosen provider, as the snapshot `collect` writes and the graph is built from. */
import { formatTime } from '#shared/ocsf/index.ts'
import type { SnapshotFile } from '#shared/posture/index.ts'
import type { CollectedEnvironment } from '../environment.ts'
import { SNAPSHOT_KIND } from '../read-environment.ts'
import type { AwsSettings } from './aws/aws-settings.ts'
import { collectAws } from './aws/collect-aws.ts'
import { type AzureSettings, collectAzure } from './azure/collect-azure.ts'
import { collectGcp, type GcpSettings } from './gcp/collect-gcp.ts'

export type LiveTarget =
  | { readonly provider: 'aws'; readonly settings: AwsSettings }
  | { readonly provider: 'gcp'; readonly settings: GcpSettings }
  | { readonly provider: 'azure'; readonly settings: AzureSettings }

async function collect(target: LiveTarget, progress: (step: string) => void) {
  switch (target.provider) {
    case 'aws':
      return collectAws(target.settings, progress)
    case 'gcp':
      return collectGcp(target.settings, progress)
    case 'azure':
      return collectAzure(target.settings, progress)
  }
}

/** `now` is when the collection started: the snapshot's collected_at. */
export async function collectEnvironment(
  target: LiveTarget,
  now: number,
  progress: (step: string) => void,
): Promise<SnapshotFile<CollectedEnvironment>> {
  const { environment, errors } = await collect(target, progress)
  return { kind: SNAPSHOT_KIND, collected_at: formatTime(now), errors, data: environment }
}

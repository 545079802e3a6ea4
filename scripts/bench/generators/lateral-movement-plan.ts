/**
 * Lateral movement needs both logs to agree: an instance assumes a role (CloudTrail), then opens SSH and
 * RDP to its neighbours (VPC flow logs) within the hour. Both generators read the same plan, which
 * depends only on the run's size, so the two halves line up in time.
 */
import { DAY_START } from './source-generator.ts'

export interface LateralEpisode {
  /** When the role is assumed; the connections follow a minute later. */
  readonly time: number
  readonly instance: string
  readonly address: string
  readonly role: string
  readonly targets: readonly string[]
}

const WORKLOADS = [
  { instance: 'i-0a1b2c3d4e5f60718', address: '10.20.1.15' },
  { instance: 'i-0b2c3d4e5f6071829', address: '10.20.2.40' },
  { instance: 'i-0c3d4e5f607182930', address: '10.20.3.5' },
]

export const ACCOUNT = '111122223333'

/** One episode per 20,000 records per source, at least one, spread over the day. */
export function lateralEpisodes(records: number): LateralEpisode[] {
  const count = Math.max(1, Math.min(50, Math.floor(records / 20_000)))
  const episodes: LateralEpisode[] = []
  for (let index = 0; index < count; index += 1) {
    const workload = WORKLOADS[index % WORKLOADS.length] ?? WORKLOADS[0]
    if (workload === undefined) break
    episodes.push({
      time: DAY_START + Math.floor(((index + 0.5) * 86_400_000) / count),
      ...workload,
      role: `arn:aws:iam::${ACCOUNT}:role/fleet-admin`,
      targets: ['10.20.4.11', '10.20.4.12', '10.20.4.13', '10.20.5.21'],
    })
  }
  return episodes
}

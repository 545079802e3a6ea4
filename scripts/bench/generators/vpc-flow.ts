/**
 * VPC flow logs as delivered to S3: text files, one flow a line in a custom version-5 format named by a
 * header line, most gzip-compressed. Ordinary traffic is clients reaching the load balancer, services
 * calling their databases and the internet, rejected scans and idle interfaces; the attack half is the
 * SSH and RDP fan-out of the lateral-movement plan, in the minute after its role assumption.
 */
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Random } from '../random.ts'
import { ACCOUNT, type LateralEpisode, lateralEpisodes } from './lateral-movement-plan.ts'
import {
  type GeneratedInput,
  mixRecords,
  type Scenario,
  type SourceGenerator,
  writeWholeFile,
} from './source-generator.ts'

const HEADER =
  'version account-id interface-id instance-id vpc-id subnet-id az-id region srcaddr dstaddr srcport dstport protocol packets bytes start end action log-status tcp-flags type pkt-srcaddr pkt-dstaddr pkt-src-aws-service pkt-dst-aws-service flow-direction traffic-path'
const LINES_PER_FILE = 20_000
const VPC = 'vpc-0f1e2d3c4b5a69788'

interface Flow {
  readonly instance: string
  readonly source: string
  readonly destination: string
  readonly sourcePort: number
  readonly destinationPort: number
  readonly protocol?: number
  readonly action?: 'ACCEPT' | 'REJECT'
  readonly direction: 'ingress' | 'egress'
  readonly trafficPath?: number
  readonly start: number
}

function flowLine(random: Random, flow: Flow): string {
  const start = Math.floor(flow.start / 1000)
  const packets = random.int(1, 400)
  const fields = [
    '5',
    ACCOUNT,
    `eni-0${random.hex(16)}`,
    flow.instance,
    VPC,
    `subnet-0${random.hex(16)}`,
    'euw1-az2',
    'eu-west-1',
    flow.source,
    flow.destination,
    String(flow.sourcePort),
    String(flow.destinationPort),
    String(flow.protocol ?? 6),
    String(packets),
    String(packets * random.int(60, 1400)),
    String(start),
    String(start + 60),
    flow.action ?? 'ACCEPT',
    'OK',
    String(random.pick([2, 3, 18, 19])),
    'IPv4',
    flow.source,
    flow.destination,
    '-',
    '-',
    flow.direction,
    flow.direction === 'egress' ? String(flow.trafficPath ?? 1) : '-',
  ]
  return fields.join(' ')
}

const APP_SERVERS = ['10.20.6.11', '10.20.6.12', '10.20.7.21', '10.20.7.22']
const DATABASES = ['10.20.8.31', '10.20.8.32']

function benign(random: Random, time: number): string {
  const roll = random.next()
  const instance = `i-0${random.hex(16)}`
  if (roll < 0.35) {
    return flowLine(random, {
      instance,
      source: `198.51.100.${random.int(1, 254)}`,
      destination: random.pick(APP_SERVERS),
      sourcePort: random.int(1024, 65535),
      destinationPort: 443,
      direction: 'ingress',
      start: time,
    })
  }
  if (roll < 0.65) {
    return flowLine(random, {
      instance,
      source: random.pick(APP_SERVERS),
      destination: random.pick(DATABASES),
      sourcePort: random.int(32768, 60999),
      destinationPort: 5432,
      direction: 'egress',
      trafficPath: 1,
      start: time,
    })
  }
  if (roll < 0.85) {
    return flowLine(random, {
      instance,
      source: random.pick(APP_SERVERS),
      destination: `203.0.113.${random.int(1, 254)}`,
      sourcePort: random.int(32768, 60999),
      destinationPort: 443,
      direction: 'egress',
      trafficPath: 8,
      start: time,
    })
  }
  if (roll < 0.95) {
    return flowLine(random, {
      instance,
      source: `192.0.2.${random.int(1, 254)}`,
      destination: random.pick(APP_SERVERS),
      sourcePort: random.int(1024, 65535),
      destinationPort: random.pick([22, 23, 3389, 445]),
      action: 'REJECT',
      direction: 'ingress',
      start: time,
    })
  }
  return flowLine(random, {
    instance,
    source: random.pick(APP_SERVERS),
    destination: '10.20.0.2',
    sourcePort: random.int(32768, 60999),
    destinationPort: 53,
    protocol: 17,
    direction: 'egress',
    trafficPath: 1,
    start: time,
  })
}

/** The moving half of an episode: SSH to each target and RDP to the last, a minute after the role was assumed. */
function fanOut(episode: LateralEpisode): Scenario<string> {
  return (random, time) => {
    const lines = episode.targets.map((target, offset) =>
      flowLine(random, {
        instance: episode.instance,
        source: episode.address,
        destination: target,
        sourcePort: random.int(32768, 60999),
        destinationPort: 22,
        direction: 'egress',
        trafficPath: 1,
        start: time + 60_000 + offset * 1000,
      }),
    )
    const last = episode.targets.at(-1)
    if (last !== undefined) {
      lines.push(
        flowLine(random, {
          instance: episode.instance,
          source: episode.address,
          destination: last,
          sourcePort: random.int(32768, 60999),
          destinationPort: 3389,
          direction: 'egress',
          trafficPath: 1,
          start: time + 90_000,
        }),
      )
    }
    return lines
  }
}

export const vpcFlowGenerator: SourceGenerator = {
  ingester: 'ingest-vpc-flow-logs-ocsf',
  source: 'vpc-flow',
  generate(dir, records, random): GeneratedInput {
    const folder = join(dir, 'vpc-flow')
    mkdirSync(folder, { recursive: true })
    const scheduled = lateralEpisodes(records).map((episode) => ({
      time: episode.time,
      records: fanOut(episode),
    }))
    const files: string[] = []
    let bytes = 0
    let lines: string[] = [HEADER]
    const writeFile = () => {
      const gzip = files.length % 3 !== 2
      const file = join(
        folder,
        `${ACCOUNT}_vpcflowlogs_eu-west-1_fl-0${String(files.length).padStart(6, '0')}_20260302T0000Z_${random.hex(8)}.log${gzip ? '.gz' : ''}`,
      )
      bytes += writeWholeFile(file, `${lines.join('\n')}\n`, gzip)
      files.push(file)
      lines = [HEADER]
    }
    // Each file opens with its header, which the ingester reads (and drops) as a record too.
    for (const line of mixRecords(
      records - Math.ceil(records / LINES_PER_FILE),
      random,
      benign,
      [],
      scheduled,
    )) {
      lines.push(line)
      if (lines.length >= LINES_PER_FILE) writeFile()
    }
    if (lines.length > 1) writeFile()
    const read = files.length + (records - Math.ceil(records / LINES_PER_FILE))
    return { files, args: [], records: read, bytes, text: true }
  },
}

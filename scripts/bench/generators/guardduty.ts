/**
 * GuardDuty findings as exported to S3 (one finding a line): port probes, SSH brute force, credential
 * exfiltration and crypto-mining DNS, across a fleet of instances. Every record is itself a finding,
 * so this source feeds the converters as much as the ingest benchmark.
 */
import { join } from 'node:path'
import type { Random } from '../random.ts'
import { ACCOUNT } from './lateral-movement-plan.ts'
import {
  FileWriter,
  type GeneratedInput,
  isoTime,
  mixRecords,
  type SourceGenerator,
} from './source-generator.ts'

type GuardDutyFinding = Record<string, unknown>

const DETECTOR = '12abc34d567e8fa901bc2d34e56789f0'

function instanceResource(random: Random) {
  const instance = `i-0${random.hex(16)}`
  return {
    resourceType: 'Instance',
    instanceDetails: {
      instanceId: instance,
      instanceType: random.pick(['m6i.large', 'c7g.xlarge', 't3.medium']),
      availabilityZone: 'eu-west-1b',
      imageId: `ami-0${random.hex(16)}`,
      networkInterfaces: [
        {
          networkInterfaceId: `eni-0${random.hex(16)}`,
          privateIpAddress: `10.20.${random.int(1, 8)}.${random.int(2, 250)}`,
          publicIp: `203.0.113.${random.int(1, 254)}`,
          vpcId: 'vpc-0f1e2d3c4b5a69788',
          subnetId: `subnet-0${random.hex(16)}`,
        },
      ],
      tags: [{ key: 'service', value: random.pick(['payments', 'search', 'checkout']) }],
    },
  }
}

function remote(random: Random) {
  return {
    ipAddressV4: `198.51.100.${random.int(1, 254)}`,
    organization: {
      asn: String(random.int(64500, 64510)),
      asnOrg: 'EXAMPLE-NET',
      isp: 'Example Transit',
      org: 'Example Hosting',
    },
    country: { countryCode: 'NL', countryName: 'Netherlands' },
    city: { cityName: 'Amsterdam' },
    geoLocation: { lat: 52.37, lon: 4.89 },
  }
}

const FINDING_KINDS = [
  {
    type: 'Recon:EC2/PortProbeUnprotectedPort',
    severity: 2,
    action: (random: Random) => ({
      actionType: 'PORT_PROBE',
      portProbeAction: {
        blocked: false,
        portProbeDetails: [
          { localPortDetails: { port: 22, portName: 'SSH' }, remoteIpDetails: remote(random) },
        ],
      },
    }),
    title: 'Unprotected port on an EC2 instance is being probed.',
  },
  {
    type: 'UnauthorizedAccess:EC2/SSHBruteForce',
    severity: 5,
    action: (random: Random) => ({
      actionType: 'NETWORK_CONNECTION',
      networkConnectionAction: {
        connectionDirection: 'INBOUND',
        protocol: 'TCP',
        blocked: false,
        localPortDetails: { port: 22, portName: 'SSH' },
        remoteIpDetails: remote(random),
        remotePortDetails: { port: random.int(30000, 60000), portName: 'Unknown' },
      },
    }),
    title: 'A remote host is performing SSH brute force attacks against an instance.',
  },
  {
    type: 'CryptoCurrency:EC2/BitcoinTool.B!DNS',
    severity: 8,
    action: () => ({
      actionType: 'DNS_REQUEST',
      dnsRequestAction: { domain: 'pool.minexmr.example', protocol: 'UDP', blocked: false },
    }),
    title: 'An EC2 instance is querying a domain name associated with Bitcoin-related activity.',
  },
]

function finding(random: Random, time: number): GuardDutyFinding {
  const kind = random.pick(FINDING_KINDS)
  const id = random.hex(32)
  const created = isoTime(time)
  return {
    schemaVersion: '2.0',
    accountId: ACCOUNT,
    region: 'eu-west-1',
    partition: 'aws',
    id,
    arn: `arn:aws:guardduty:eu-west-1:${ACCOUNT}:detector/${DETECTOR}/finding/${id}`,
    type: kind.type,
    resource: instanceResource(random),
    service: {
      serviceName: 'guardduty',
      detectorId: DETECTOR,
      action: kind.action(random),
      resourceRole: 'TARGET',
      additionalInfo: { value: '{}', type: 'default' },
      eventFirstSeen: isoTime(time - random.int(60_000, 3_600_000)),
      eventLastSeen: created,
      archived: false,
      count: random.int(1, 300),
    },
    severity: kind.severity,
    createdAt: created,
    updatedAt: created,
    title: kind.title,
    description: `${kind.title} GuardDuty observed the activity ${random.int(1, 300)} times since it began.`,
  }
}

export const guardDutyGenerator: SourceGenerator = {
  ingester: 'ingest-guardduty-ocsf',
  source: 'guardduty',
  generate(dir, records, random): GeneratedInput {
    const file = join(dir, 'guardduty.jsonl')
    const writer = new FileWriter(file)
    for (const item of mixRecords(records, random, finding, [])) writer.write(`${JSON.stringify(item)}\n`)
    writer.close()
    return { files: [file], args: [], records, bytes: writer.written, text: false }
  },
}

/** detect-lateral-movement-aws: a workload assumes a role, then reaches internal hosts on remote-service ports (CloudTrail and VPC Flow Logs in OCSF), as Detection Findings. */
import { InvalidArgumentError } from 'commander'
import {
  type CommonOptions,
  collectOption,
  durationOption,
  positiveIntegerOption,
  runRecordSkill,
} from '#shared/cli/index.ts'
import { createDetectionProcessor } from '#shared/detect/index.ts'
import { type Cidr, parseCidr } from './address-ranges.ts'
import { lateralMovementConfig } from './config.ts'
import { RULES } from './rules/index.ts'
import { isInstanceId } from './workload.ts'

const SKILL_NAME = 'detect-lateral-movement-aws'

interface Options extends CommonOptions {
  window: number
  fanout: number
  port?: number[]
  ignorePort?: number[]
  internalCidr?: Cidr[]
  allowWorkload?: string[]
  allowRole?: string[]
  allowDestination?: Cidr[]
}

function portOption(value: string, previous: number[] | undefined): number[] {
  const port = Number(value)
  if (!/^\d+$/.test(value) || port < 1 || port > 65_535) {
    throw new InvalidArgumentError('expected a TCP port from 1 to 65535')
  }
  return [...(previous ?? []), port]
}

function cidrOption(value: string, previous: Cidr[] | undefined): Cidr[] {
  const cidr = parseCidr(value)
  if (cidr === undefined)
    throw new InvalidArgumentError('expected an address or CIDR block such as 10.20.0.0/16')
  return [...(previous ?? []), cidr]
}

function workloadOption(value: string, previous: string[] | undefined): string[] {
  if (!isInstanceId(value) && parseCidr(value) === undefined) {
    throw new InvalidArgumentError(
      'expected an instance id (i-0123456789abcdef0), an address or a CIDR block',
    )
  }
  return collectOption(value, previous)
}

await runRecordSkill<Options>({
  name: SKILL_NAME,
  description:
    'Detect lateral movement in AWS from the merged OCSF output of ingest-cloudtrail-ocsf and ingest-vpc-flow-logs-ocsf, in either order: a workload assumes a role, then opens accepted connections to internal hosts on remote-service ports (SSH, RDP, SMB, WinRM, databases...). Emits OCSF Detection Findings (2004) with MITRE ATT&CK.',
  configure: (program) =>
    program
      .option(
        '--window <duration>',
        'how long after a role assumption traffic counts; also one finding per workload, role and window',
        durationOption,
        60 * 60_000,
      )
      .option(
        '--fanout <count>',
        'distinct internal hosts from which a finding is raised one severity step',
        positiveIntegerOption,
        3,
      )
      .option('--port <port>', 'watch this TCP port too (repeatable)', portOption)
      .option('--ignore-port <port>', 'stop watching one of the default ports (repeatable)', portOption)
      .option(
        '--internal-cidr <cidr>',
        'an internal range besides RFC 1918, RFC 6598 and fc00::/7, such as a VPC IPv6 block (repeatable)',
        cidrOption,
      )
      .option(
        '--allow-workload <id>',
        'a bastion, CI runner or other expected workload: instance id, address or CIDR (repeatable)',
        workloadOption,
      )
      .option(
        '--allow-role <role>',
        'a role ARN or name workloads are expected to assume before such traffic (repeatable)',
        collectOption,
      )
      .option(
        '--allow-destination <cidr>',
        'a destination address or range expected to receive such traffic (repeatable)',
        cidrOption,
      ),
  create: (options) => {
    const workloads = options.allowWorkload ?? []
    const config = lateralMovementConfig({
      windowMs: options.window,
      fanout: options.fanout,
      addPorts: options.port,
      ignorePorts: options.ignorePort,
      internalCidrs: options.internalCidr,
      allowedInstances: workloads.filter((value) => isInstanceId(value)),
      allowedAddresses: workloads.map((value) => parseCidr(value)).filter((cidr) => cidr !== undefined),
      allowedRoles: options.allowRole,
      allowedDestinations: options.allowDestination,
    })
    return createDetectionProcessor({
      skill: SKILL_NAME,
      rules: RULES,
      config,
      dedupWindowMs: config.windowMs,
    })
  },
})

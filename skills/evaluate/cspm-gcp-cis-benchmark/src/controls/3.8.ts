/** 3.8: flow logs are the only record of who talked to a VM, for spotting scans, lateral movement and exfiltration. */
import { type ControlOutcome, orNotApplicable } from '#shared/posture/index.ts'
import { SECTIONS } from '../sections.ts'
import type { Subnetwork } from '../snapshot.ts'
import { type GcpControl, projectCloud, projectResource, subnetworkResource } from '../subject.ts'

/** The settings the benchmark's audit asks of an enabled flow log: every flow, every 5 s, with metadata. */
const REQUIRED = { aggregationInterval: 'INTERVAL_5_SEC', flowSampling: 1, metadata: 'INCLUDE_ALL_METADATA' }

/** Subnets without a purpose, or PRIVATE ones, carry VM traffic; proxy-only and PSC subnets cannot have flow logs. */
function carriesVmTraffic(subnet: Subnetwork): boolean {
  return subnet.purpose === null || subnet.purpose === 'PRIVATE'
}

/** What is short of the benchmark in an enabled flow log's settings. */
function shortfalls(logConfig: NonNullable<Subnetwork['logConfig']>): string[] {
  const short: string[] = []
  if (logConfig.aggregationInterval !== REQUIRED.aggregationInterval)
    short.push(
      `aggregation interval ${logConfig.aggregationInterval ?? 'unset'}, not ${REQUIRED.aggregationInterval}`,
    )
  if (logConfig.flowSampling !== REQUIRED.flowSampling)
    short.push(`sampling ${logConfig.flowSampling ?? 'unset'}, not ${REQUIRED.flowSampling}`)
  if (logConfig.metadata !== REQUIRED.metadata)
    short.push(`metadata ${logConfig.metadata ?? 'unset'}, not ${REQUIRED.metadata}`)
  if (logConfig.filterExpr !== null && logConfig.filterExpr !== 'true')
    short.push(`a filter (${logConfig.filterExpr}) drops flows`)
  return short
}

export const subnetFlowLogs: GcpControl = {
  id: '3.8',
  title: 'Ensure that VPC Flow Logs is Enabled for Every Subnet in a VPC Network',
  severity: 'medium',
  attacks: ['T1046', 'T1048'],
  requirements: ['NIST CSF 2.0 DE.CM-01', 'NIST CSF 2.0 PR.PS-04', 'SOC 2 CC7.2'],
  remediation:
    'gcloud compute networks subnets update <subnet> --region <region> --enable-flow-logs --logging-aggregation-interval=interval-5-sec --logging-flow-sampling=1 --logging-metadata=include-all',
  references: ['https://cloud.google.com/vpc/docs/using-flow-logs'],
  sections: [SECTIONS.subnetworks],
  evaluate({ data }) {
    const outcomes = data.subnetworks.filter(carriesVmTraffic).map((subnet): ControlOutcome => {
      const resource = subnetworkResource(data, subnet)
      const cloud = projectCloud(data, subnet.region)
      const name = `${subnet.name} (${subnet.region}, network ${subnet.network})`
      if (subnet.logConfig === null || !subnet.logConfig.enable)
        return { status: 'fail', detail: `Subnet ${name} has flow logs off.`, resource, cloud }
      const short = shortfalls(subnet.logConfig)
      if (short.length > 0)
        return {
          status: 'fail',
          detail: `Subnet ${name} logs flows, but: ${short.join('; ')}.`,
          resource,
          cloud,
        }
      return {
        status: 'pass',
        detail: `Subnet ${name} logs every flow at 5-second aggregation with all metadata.`,
        resource,
        cloud,
      }
    })
    return orNotApplicable(
      outcomes,
      projectResource(data),
      projectCloud(data),
      'The project has no VM subnets.',
    )
  },
}

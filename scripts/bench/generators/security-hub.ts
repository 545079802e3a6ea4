/**
 * Security Hub findings in ASFF as `aws securityhub get-findings` or an S3 export holds them (one
 * finding a line): failed CIS and Foundational Best Practices controls, and product findings with
 * ATT&CK types. Every record is itself a finding, so this source feeds the converters too.
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

type AsffFinding = Record<string, unknown>

const CONTROLS = [
  {
    id: 'S3.8',
    title: 'S3 general purpose buckets should block public access',
    severity: 'HIGH',
    resourceType: 'AwsS3Bucket',
  },
  {
    id: 'IAM.4',
    title: 'IAM root user access key should not exist',
    severity: 'CRITICAL',
    resourceType: 'AwsAccount',
  },
  {
    id: 'EC2.19',
    title: 'Security groups should not allow unrestricted access to ports with high risk',
    severity: 'CRITICAL',
    resourceType: 'AwsEc2SecurityGroup',
  },
  {
    id: 'CloudTrail.1',
    title: 'CloudTrail should be enabled and configured with at least one multi-Region trail',
    severity: 'HIGH',
    resourceType: 'AwsAccount',
  },
]

function controlFinding(random: Random, time: number): AsffFinding {
  const control = random.pick(CONTROLS)
  const resource = `arn:aws:s3:::bucket-${random.hex(10)}`
  const stamp = isoTime(time)
  return {
    SchemaVersion: '2018-10-08',
    Id: `arn:aws:securityhub:eu-west-1:${ACCOUNT}:security-control/${control.id}/finding/${random.uuid()}`,
    ProductArn: 'arn:aws:securityhub:eu-west-1::product/aws/securityhub',
    ProductName: 'Security Hub',
    CompanyName: 'AWS',
    Region: 'eu-west-1',
    GeneratorId: `security-control/${control.id}`,
    AwsAccountId: ACCOUNT,
    Types: ['Software and Configuration Checks/Industry and Regulatory Standards'],
    FirstObservedAt: stamp,
    LastObservedAt: stamp,
    CreatedAt: stamp,
    UpdatedAt: stamp,
    Severity: {
      Label: control.severity,
      Normalized: control.severity === 'CRITICAL' ? 90 : 70,
      Original: control.severity,
    },
    Title: control.title,
    Description: `This control checks whether ${control.title.toLowerCase()}. The control fails for the resource named in this finding.`,
    Remediation: {
      Recommendation: {
        Text: 'For information on how to correct this issue, consult the AWS Security Hub controls documentation.',
        Url: `https://docs.aws.amazon.com/console/securityhub/${control.id}/remediation`,
      },
    },
    ProductFields: {
      RelatedAWSResources: '[]',
      'aws/securityhub/ProductName': 'Security Hub',
      'aws/securityhub/CompanyName': 'AWS',
    },
    Resources: [{ Type: control.resourceType, Id: resource, Partition: 'aws', Region: 'eu-west-1' }],
    Compliance: {
      Status: 'FAILED',
      SecurityControlId: control.id,
      AssociatedStandards: [{ StandardsId: 'standards/aws-foundational-security-best-practices/v/1.0.0' }],
    },
    WorkflowState: 'NEW',
    Workflow: { Status: 'NEW' },
    RecordState: 'ACTIVE',
    FindingProviderFields: {
      Severity: { Label: control.severity, Original: control.severity },
      Types: ['Software and Configuration Checks/Industry and Regulatory Standards'],
    },
  }
}

function productFinding(random: Random, time: number): AsffFinding {
  const stamp = isoTime(time)
  const role = `arn:aws:iam::${ACCOUNT}:role/payments-breakglass`
  return {
    SchemaVersion: '2018-10-08',
    Id: random.uuid(),
    ProductArn: `arn:aws:securityhub:eu-west-1:${ACCOUNT}:product/${ACCOUNT}/default`,
    ProductName: 'DecoyDetector',
    CompanyName: 'Custom',
    Region: 'eu-west-1',
    GeneratorId: 'decoy-detector/iam-role',
    AwsAccountId: ACCOUNT,
    Types: ['TTPs/Privilege Escalation/T1098.003', 'TTPs/Discovery'],
    CreatedAt: stamp,
    UpdatedAt: stamp,
    Severity: { Normalized: 45 },
    Confidence: 90,
    Title: 'Decoy IAM role assumed',
    Description: `The decoy role payments-breakglass was assumed from 198.51.100.${random.int(1, 254)}.`,
    Resources: [{ Type: 'AwsIamRole', Id: role, ResourceRole: 'Target' }],
    Action: {
      ActionType: 'AWS_API_CALL',
      AwsApiCallAction: {
        Api: 'AssumeRole',
        ServiceName: 'sts.amazonaws.com',
        CallerType: 'remoteIp',
        RemoteIpDetails: { IpAddressV4: '198.51.100.77' },
      },
    },
    WorkflowState: 'NEW',
    Workflow: { Status: 'NEW' },
    RecordState: 'ACTIVE',
  }
}

function benign(random: Random, time: number): AsffFinding {
  return random.chance(0.8) ? controlFinding(random, time) : productFinding(random, time)
}

export const securityHubGenerator: SourceGenerator = {
  ingester: 'ingest-security-hub-ocsf',
  source: 'security-hub',
  generate(dir, records, random): GeneratedInput {
    const file = join(dir, 'security-hub.jsonl')
    const writer = new FileWriter(file)
    for (const item of mixRecords(records, random, benign, [])) writer.write(`${JSON.stringify(item)}\n`)
    writer.close()
    return { files: [file], args: [], records, bytes: writer.written, text: false }
  },
}

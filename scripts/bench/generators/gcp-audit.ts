/**
 * Google Cloud Audit Logs as `gcloud logging read --format=json` or a Pub/Sub sink writes them: one
 * LogEntry with an AuditLog protoPayload a line. Ordinary traffic is service accounts reading Cloud
 * Storage and BigQuery and the GKE control plane's admin calls; the suspicious share is service-account
 * keys created by people and IAM policies opened to everyone.
 */
import { join } from 'node:path'
import type { Random } from '../random.ts'
import {
  FileWriter,
  type GeneratedInput,
  isoTime,
  mixRecords,
  type Scenario,
  type SourceGenerator,
} from './source-generator.ts'

type LogEntry = Record<string, unknown>

const PROJECT = 'example-prod-123'
const GCLOUD = 'google-cloud-sdk gcloud/467.0.0 command/gcloud.'

interface AuditCall {
  readonly principal: string
  readonly callerIp: string
  readonly userAgent: string
  readonly service: string
  readonly method: string
  readonly resourceName: string
  readonly resource: { type: string; labels: Record<string, string> }
  readonly permission: string
  readonly dataAccess?: boolean
  readonly request?: Record<string, unknown>
  readonly response?: Record<string, unknown>
  /** IAM policy changes: the bindings added, as AuditData's policyDelta. */
  readonly added?: ReadonlyArray<{ role: string; member: string }>
  readonly denied?: boolean
}

function entry(random: Random, time: number, call: AuditCall): LogEntry {
  const log = call.dataAccess === true ? 'data_access' : 'activity'
  return {
    insertId: random.hex(12),
    logName: `projects/${PROJECT}/logs/cloudaudit.googleapis.com%2F${log}`,
    timestamp: isoTime(time).replace('Z', '736Z'),
    receiveTimestamp: isoTime(time + random.int(200, 1500)).replace('Z', '286Z'),
    severity: call.denied === true ? 'ERROR' : call.dataAccess === true ? 'INFO' : 'NOTICE',
    resource: call.resource,
    protoPayload: {
      '@type': 'type.googleapis.com/google.cloud.audit.AuditLog',
      status: call.denied === true ? { code: 7, message: 'PERMISSION_DENIED' } : {},
      authenticationInfo: {
        principalEmail: call.principal,
        principalSubject: `serviceAccount:${call.principal}`,
      },
      requestMetadata: {
        callerIp: call.callerIp,
        callerSuppliedUserAgent: call.userAgent,
        requestAttributes: { time: isoTime(time), auth: {} },
        destinationAttributes: {},
      },
      serviceName: call.service,
      methodName: call.method,
      authorizationInfo: [
        {
          resource: call.resourceName,
          permission: call.permission,
          granted: call.denied !== true,
          resourceAttributes: {},
        },
      ],
      resourceName: call.resourceName,
      serviceData:
        call.added === undefined
          ? undefined
          : {
              '@type': 'type.googleapis.com/google.iam.v1.logging.AuditData',
              policyDelta: { bindingDeltas: call.added.map((binding) => ({ action: 'ADD', ...binding })) },
            },
      request: call.request,
      response: call.response,
    },
  }
}

function benign(random: Random, time: number): LogEntry {
  const roll = random.next()
  const account = `${random.pick(['ledger-writer', 'search-indexer', 'etl'])}@${PROJECT}.iam.gserviceaccount.com`
  if (roll < 0.45) {
    const bucket = random.pick(['example-prod-exports', 'example-prod-ml-features'])
    const object = `daily/2026-03-02/${random.hex(10)}.avro`
    return entry(random, time, {
      principal: account,
      callerIp: `10.128.0.${random.int(2, 250)}`,
      userAgent: 'gcloud-python/3.4.0 gl-python/3.11.8 grpc/1.62.1 gax/2.17.1',
      service: 'storage.googleapis.com',
      method: random.pick(['storage.objects.get', 'storage.objects.create']),
      resourceName: `projects/_/buckets/${bucket}/objects/${object}`,
      resource: {
        type: 'gcs_bucket',
        labels: { project_id: PROJECT, bucket_name: bucket, location: 'europe-west1' },
      },
      permission: 'storage.objects.get',
      dataAccess: true,
    })
  }
  if (roll < 0.75) {
    const jobId = `job_${random.hex(20)}`
    return entry(random, time, {
      principal: account,
      callerIp: `10.128.0.${random.int(2, 250)}`,
      userAgent: 'google-api-go-client/0.5 bigquery',
      service: 'bigquery.googleapis.com',
      method: 'google.cloud.bigquery.v2.JobService.InsertJob',
      resourceName: `projects/${PROJECT}/jobs/${jobId}`,
      resource: { type: 'bigquery_project', labels: { project_id: PROJECT, location: 'EU' } },
      permission: 'bigquery.jobs.create',
      dataAccess: true,
      request: {
        '@type': 'type.googleapis.com/google.cloud.bigquery.v2.InsertJobRequest',
        job: {
          jobConfig: {
            type: 'QUERY',
            queryConfig: {
              query: `SELECT order_id, amount FROM ledger.orders WHERE day = '2026-03-02' AND shard = ${random.int(0, 63)}`,
              writeDisposition: 'WRITE_EMPTY',
            },
          },
          jobName: { jobId, location: 'EU', projectId: PROJECT },
        },
      },
    })
  }
  if (roll < 0.95) {
    return entry(random, time, {
      principal: `service-123456789012@container-engine-robot.iam.gserviceaccount.com`,
      callerIp: 'private',
      userAgent: 'google-api-go-client/0.5 GoogleContainerEngine/v1',
      service: 'compute.googleapis.com',
      method: random.pick([
        'v1.compute.instances.setMetadata',
        'v1.compute.instanceGroupManagers.resize',
        'v1.compute.disks.createSnapshot',
      ]),
      resourceName: `projects/${PROJECT}/zones/europe-west1-b/instances/gke-prod-pool-${random.hex(8)}`,
      resource: {
        type: 'gce_instance',
        labels: { project_id: PROJECT, zone: 'europe-west1-b', instance_id: String(random.int(1e15, 9e15)) },
      },
      permission: 'compute.instances.setMetadata',
      request: {
        '@type': 'type.googleapis.com/compute.instances.setMetadata',
        metadata: { fingerprint: random.hex(12), items: [{ key: 'cluster-name', value: 'prod' }] },
      },
    })
  }
  return entry(random, time, {
    principal: 'intern@example.com',
    callerIp: '203.0.113.80',
    userAgent: `${GCLOUD}projects.set-iam-policy`,
    service: 'cloudresourcemanager.googleapis.com',
    method: 'SetIamPolicy',
    resourceName: `projects/${PROJECT}`,
    resource: { type: 'project', labels: { project_id: PROJECT } },
    permission: 'resourcemanager.projects.setIamPolicy',
    denied: true,
  })
}

const MALLORY = { principal: 'mallory@example.com', callerIp: '203.0.113.77' }
const project = { type: 'project', labels: { project_id: PROJECT } }

const SCENARIOS: readonly Scenario<LogEntry>[] = [
  (random, start) => [
    entry(random, start, {
      ...MALLORY,
      userAgent: `${GCLOUD}iam.service-accounts.keys.create`,
      service: 'iam.googleapis.com',
      method: 'google.iam.admin.v1.CreateServiceAccountKey',
      resourceName: 'projects/-/serviceAccounts/104839572611930284756',
      resource: {
        type: 'service_account',
        labels: {
          project_id: PROJECT,
          email_id: `deployer@${PROJECT}.iam.gserviceaccount.com`,
          unique_id: '104839572611930284756',
        },
      },
      permission: 'iam.serviceAccountKeys.create',
      request: {
        '@type': 'type.googleapis.com/google.iam.admin.v1.CreateServiceAccountKeyRequest',
        name: `projects/-/serviceAccounts/deployer@${PROJECT}.iam.gserviceaccount.com`,
        private_key_type: 2,
      },
    }),
  ],
  (random, start) => [
    entry(random, start, {
      ...MALLORY,
      userAgent: `${GCLOUD}storage.buckets.add-iam-policy-binding`,
      service: 'storage.googleapis.com',
      method: 'storage.setIamPermissions',
      resourceName: 'projects/_/buckets/example-prod-exports',
      resource: {
        type: 'gcs_bucket',
        labels: { project_id: PROJECT, bucket_name: 'example-prod-exports', location: 'europe-west1' },
      },
      permission: 'storage.buckets.setIamPolicy',
      added: [{ role: 'roles/storage.objectViewer', member: 'allUsers' }],
    }),
  ],
  (random, start) => [
    entry(random, start, {
      ...MALLORY,
      userAgent: `${GCLOUD}projects.add-iam-policy-binding`,
      service: 'cloudresourcemanager.googleapis.com',
      method: 'SetIamPolicy',
      resourceName: `projects/${PROJECT}`,
      resource: project,
      permission: 'resourcemanager.projects.setIamPolicy',
      added: [{ role: 'roles/owner', member: 'user:outsider@example.net' }],
      request: {
        '@type': 'type.googleapis.com/google.iam.v1.SetIamPolicyRequest',
        resource: PROJECT,
        policy: {
          bindings: [{ role: 'roles/owner', members: ['user:outsider@example.net'] }],
          etag: 'BwYxExAmPlE=',
        },
      },
    }),
  ],
  (random, start) => [
    entry(random, start, {
      ...MALLORY,
      userAgent: `${GCLOUD}auth.print-access-token`,
      service: 'iamcredentials.googleapis.com',
      method: 'GenerateAccessToken',
      resourceName: 'projects/-/serviceAccounts/113900000000000000051',
      resource: {
        type: 'service_account',
        labels: {
          project_id: PROJECT,
          email_id: `prod-admin@${PROJECT}.iam.gserviceaccount.com`,
          unique_id: '113900000000000000051',
        },
      },
      permission: 'iam.serviceAccounts.getAccessToken',
      dataAccess: true,
      request: {
        '@type': 'type.googleapis.com/google.iam.credentials.v1.GenerateAccessTokenRequest',
        name: `projects/-/serviceAccounts/prod-admin@${PROJECT}.iam.gserviceaccount.com`,
        scope: ['https://www.googleapis.com/auth/cloud-platform'],
      },
    }),
  ],
  (random, start) => [
    entry(random, start, {
      ...MALLORY,
      userAgent: `${GCLOUD}logging.sinks.delete`,
      service: 'logging.googleapis.com',
      method: 'google.logging.v2.ConfigServiceV2.DeleteSink',
      resourceName: `projects/${PROJECT}/sinks/to-siem`,
      resource: { type: 'logging_sink', labels: { project_id: PROJECT, name: 'to-siem' } },
      permission: 'logging.sinks.delete',
      request: {
        '@type': 'type.googleapis.com/google.logging.v2.DeleteSinkRequest',
        sinkName: `projects/${PROJECT}/sinks/to-siem`,
      },
    }),
  ],
  (random, start) => [
    entry(random, start, {
      ...MALLORY,
      userAgent: `${GCLOUD}compute.firewall-rules.create`,
      service: 'compute.googleapis.com',
      method: 'v1.compute.firewalls.insert',
      resourceName: `projects/${PROJECT}/global/firewalls/allow-ssh-anywhere`,
      resource: {
        type: 'gce_firewall_rule',
        labels: { project_id: PROJECT, firewall_rule_id: String(random.int(1e15, 9e15)) },
      },
      permission: 'compute.firewalls.create',
      request: {
        '@type': 'type.googleapis.com/compute.firewalls.insert',
        name: 'allow-ssh-anywhere',
        network: `projects/${PROJECT}/global/networks/default`,
        direction: 'INGRESS',
        priority: '1000',
        alloweds: [{ IPProtocol: 'tcp', ports: ['22'] }],
        sourceRanges: ['0.0.0.0/0'],
      },
    }),
  ],
  (random, start) => [
    entry(random, start, {
      ...MALLORY,
      userAgent: `${GCLOUD}compute.networks.subnets.update`,
      service: 'compute.googleapis.com',
      method: 'v1.compute.subnetworks.patch',
      resourceName: `projects/${PROJECT}/regions/europe-west1/subnetworks/prod-subnet`,
      resource: {
        type: 'gce_subnetwork',
        labels: { project_id: PROJECT, location: 'europe-west1', subnetwork_name: 'prod-subnet' },
      },
      permission: 'compute.subnetworks.update',
      request: {
        '@type': 'type.googleapis.com/compute.subnetworks.patch',
        fingerprint: 'kfx1YmVvN2E=',
        logConfig: { enable: false },
      },
    }),
  ],
]

export const gcpAuditGenerator: SourceGenerator = {
  ingester: 'ingest-gcp-audit-ocsf',
  source: 'gcp-audit',
  generate(dir, records, random): GeneratedInput {
    const file = join(dir, 'gcp-audit.jsonl')
    const writer = new FileWriter(file)
    for (const item of mixRecords(records, random, benign, SCENARIOS))
      writer.write(`${JSON.stringify(item)}\n`)
    writer.close()
    return { files: [file], args: [], records, bytes: writer.written, text: false }
  },
}

/** ingest-k8s-audit-ocsf: Kubernetes audit logs (kube-apiserver, EKS, AKS, GKE) to OCSF API Activity JSONL. */
import { runRecordSkill } from '#shared/cli/index.ts'
import { addIngestOptions, type IngestOptions } from '#shared/ingest/index.ts'
import { createK8sAuditProcessor } from './k8s-audit-processor.ts'
import { SKILL_NAME } from './to-api-activity.ts'

await runRecordSkill<IngestOptions>({
  name: SKILL_NAME,
  description:
    'Normalise Kubernetes audit events (kube-apiserver log backend, EKS via CloudWatch Logs, AKS diagnostic records, GKE Cloud Audit Logs) to OCSF 1.8.0 API Activity (6003), one event per request.',
  configure: (program) => addIngestOptions(program),
  create: (options) => createK8sAuditProcessor({ assumeTime: options.assumeTime }),
})

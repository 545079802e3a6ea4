/** The one shape every source variant is read into before mapping: a Kubernetes audit event and where it ran. */
import type { JsonObject } from '#shared/json/index.ts'

export type SourceForm = 'kube-apiserver' | 'eks' | 'aks' | 'gke'

export interface ClusterContext {
  readonly provider?: 'AWS' | 'Azure' | 'GCP'
  readonly accountUid?: string
  readonly region?: string
  readonly clusterName?: string
}

/** An audit.k8s.io Event (v1 or v1beta1), possibly partial, with the envelope's facts beside it. */
export interface AuditRecord {
  readonly form: SourceForm
  readonly event: JsonObject
  readonly cluster: ClusterContext
  /** Times the envelope gives when the event itself has none (CloudWatch, Azure, Cloud Logging). */
  readonly envelopeTimes: readonly unknown[]
  /** The envelope's own event id (GKE insertId), used when the event has no auditID. */
  readonly envelopeUid?: string
}

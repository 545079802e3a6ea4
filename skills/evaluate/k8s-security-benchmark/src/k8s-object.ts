/** Kubernetes objects as the controls read them beyond the shared ones: workloads, and configuration files. */

import type { JsonObject } from '#shared/json/index.ts'
import type { PodContainer } from '#shared/k8s/index.ts'
import type { K8sObject, SourcedObject } from '#shared/posture/index.ts'

export interface Workload extends K8sObject {
  readonly podSpec: JsonObject
  readonly containers: readonly PodContainer[]
}

/** A configuration file that is not an API object (EncryptionConfiguration): it is named by its file. */
export function toConfigFileObject(sourced: SourcedObject, kind: string): K8sObject {
  const file = sourced.source.file ?? kind
  return {
    kind,
    name: file,
    raw: sourced.value,
    resource: { uid: file, name: file, type: kind },
    source: sourced.source,
  }
}

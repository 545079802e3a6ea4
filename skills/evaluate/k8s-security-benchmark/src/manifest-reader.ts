/**
 * Reads Kubernetes objects from manifests (multi-document YAML, JSON) and `kubectl get -o json` List
 * output, each object with its file and the line its definition starts on. Every object is one record.
 */

import type { Reporter } from '#shared/io/index.ts'
import type { SourcedObject } from '#shared/posture/index.ts'
import { collectManifestObjects, readConfigInputs } from '#shared/posture/manifest-objects.ts'

const NOT_AN_OBJECT = { reason: 'not a Kubernetes object', detail: 'no kind' }

export async function readManifests(paths: readonly string[], reporter: Reporter): Promise<SourcedObject[]> {
  const objects: SourcedObject[] = []
  await readConfigInputs(paths, reporter, (document, source) =>
    collectManifestObjects(document, source, reporter, NOT_AN_OBJECT, objects),
  )
  return objects
}

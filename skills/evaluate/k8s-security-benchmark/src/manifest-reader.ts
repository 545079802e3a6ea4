/**
 * Reads Kubernetes objects from manifests (multi-document YAML, JSON) and `kubectl get -o json` List
 * output, each object with its file and the line its definition starts on. Every object is one record.
 */

import type { Reporter } from '#shared/io/index.ts'
import { asArray, asObject, asString } from '#shared/json/index.ts'
import {
  type ConfigDocument,
  configSourceName,
  type NodePath,
  parseConfigDocuments,
  readConfigText,
} from '#shared/posture/index.ts'
import type { SourcedObject } from './k8s-object.ts'

function collect(
  value: unknown,
  document: ConfigDocument,
  nodePath: NodePath,
  source: string,
  reporter: Reporter,
  objects: SourcedObject[],
): void {
  const line = document.lineAt(nodePath) ?? document.line
  const object = asObject(value)
  const items = asArray(object?.items)
  const kind = asString(object?.kind)
  // A List (kubectl get -o json) holds the objects; a bare JSON array is read the same way.
  const members = Array.isArray(value) ? value : kind?.endsWith('List') === true ? items : undefined
  if (members !== undefined) {
    const base = Array.isArray(value) ? nodePath : [...nodePath, 'items']
    members.forEach((member, index) => {
      collect(member, document, [...base, index], source, reporter, objects)
    })
    return
  }
  reporter.read += 1
  if (object === undefined || kind === undefined) {
    reporter.skip({ source, line }, 'not a Kubernetes object', 'no kind')
    return
  }
  objects.push({ value: object, source: { file: source, line } })
}

export async function readManifests(paths: readonly string[], reporter: Reporter): Promise<SourcedObject[]> {
  const objects: SourcedObject[] = []
  for (const path of paths) {
    const source = configSourceName(path)
    for (const parsed of parseConfigDocuments(await readConfigText(path))) {
      if (parsed.kind === 'malformed') {
        reporter.read += 1
        reporter.skip({ source, line: parsed.line }, 'malformed YAML or JSON', parsed.reason)
        continue
      }
      collect(parsed.document.value, parsed.document, [], source, reporter, objects)
    }
  }
  return objects
}

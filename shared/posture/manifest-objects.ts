/**
 * Configuration files read document by document, and the Kubernetes objects in a document: one object, a
 * `kubectl get -o json` List, or a bare JSON array of objects, each with its file and the line its
 * definition starts on. Every object is one record on the reporter, and so is a document that does not parse.
 */
import type { Reporter } from '../io/index.ts'
import { asArray, asObject, asString } from '../json/index.ts'
import {
  type ConfigDocument,
  configSourceName,
  type NodePath,
  parseConfigDocuments,
  readConfigText,
} from './config-documents.ts'
import type { SourcedObject } from './kubernetes-objects.ts'

/** What a skill says of a document member that is no Kubernetes object: the skip reason and its detail. */
export interface NotAnObject {
  readonly reason: string
  readonly detail: string
}

/** Calls `read` with each document of each input; a malformed document is counted and skipped. */
export async function readConfigInputs(
  inputs: readonly string[],
  reporter: Reporter,
  read: (document: ConfigDocument, source: string) => void,
): Promise<void> {
  for (const input of inputs) {
    const source = configSourceName(input)
    for (const parsed of parseConfigDocuments(await readConfigText(input))) {
      if (parsed.kind === 'malformed') {
        reporter.read += 1
        reporter.skip({ source, line: parsed.line }, 'malformed YAML or JSON', parsed.reason)
        continue
      }
      read(parsed.document, source)
    }
  }
}

function collect(
  value: unknown,
  document: ConfigDocument,
  nodePath: NodePath,
  source: string,
  reporter: Reporter,
  notAnObject: NotAnObject,
  objects: SourcedObject[],
): void {
  const line = document.lineAt(nodePath) ?? document.line
  const object = asObject(value)
  const kind = asString(object?.kind)
  const members = Array.isArray(value)
    ? value
    : kind?.endsWith('List') === true
      ? asArray(object?.items)
      : undefined
  if (members !== undefined) {
    const base = Array.isArray(value) ? nodePath : [...nodePath, 'items']
    for (const [index, member] of members.entries())
      collect(member, document, [...base, index], source, reporter, notAnObject, objects)
    return
  }
  reporter.read += 1
  if (object === undefined || kind === undefined) {
    reporter.skip({ source, line }, notAnObject.reason, notAnObject.detail)
    return
  }
  objects.push({ value: object, source: { file: source, line } })
}

/** Adds the Kubernetes objects of a document to `objects`, and skips (counted) what has no kind. */
export function collectManifestObjects(
  document: ConfigDocument,
  source: string,
  reporter: Reporter,
  notAnObject: NotAnObject,
  objects: SourcedObject[],
): void {
  collect(document.value, document, [], source, reporter, notAnObject, objects)
}

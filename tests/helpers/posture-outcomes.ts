/**
 * Posture subjects from YAML written in a test, read the way the skills read files, and the outcomes of a
 * control over them in the forms control tests compare.
 */
import { asObject } from '#shared/json/index.ts'
import type { ControlStatus } from '#shared/ocsf/index.ts'
import { type ConfigDocument, parseConfigDocuments } from '#shared/posture/config-documents.ts'
import type { ControlOutcome, SourcedObject } from '#shared/posture/index.ts'

/** Every document of the YAML; a malformed one fails the test. */
export function testDocuments(yaml: string): ConfigDocument[] {
  return parseConfigDocuments(yaml).map((parsed) => {
    if (parsed.kind !== 'document') throw new Error(`test YAML is malformed: ${parsed.reason}`)
    return parsed.document
  })
}

/** The documents that are objects, each read from test.yaml at the line it starts on. */
export function testObjects(documents: readonly ConfigDocument[]): SourcedObject[] {
  const objects: SourcedObject[] = []
  for (const document of documents) {
    const value = asObject(document.value)
    if (value !== undefined) objects.push({ value, source: { file: 'test.yaml', line: document.line } })
  }
  return objects
}

/** Each outcome as `resource name: status`, in output order. */
export function statusLines(outcomes: readonly ControlOutcome[]): string[] {
  return outcomes.map((outcome) => `${outcome.resource.name}: ${outcome.status}`)
}

/** The status and detail of the one outcome; none or several fail the test. */
export function theOnlyOutcome(outcomes: readonly ControlOutcome[]): {
  status: ControlStatus
  detail: string
} {
  if (outcomes.length !== 1) throw new Error(`expected one outcome, got ${outcomes.length}`)
  const [outcome] = outcomes
  return { status: outcome?.status ?? 'unknown', detail: outcome?.detail ?? '' }
}

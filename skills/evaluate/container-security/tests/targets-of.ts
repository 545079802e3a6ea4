/** Targets from text written in a test, read the way the skill reads files, and one control's verdicts on them. */
import { parseConfigDocuments } from '#shared/posture/config-documents.ts'
import { statusLines } from '../../../../tests/helpers/posture-outcomes.ts'
import type { DockerControl } from '../src/benchmark.ts'
import { readComposeServices } from '../src/compose-reader.ts'
import { readDockerfile } from '../src/dockerfile-reader.ts'
import { readInspectEntry } from '../src/inspect-reader.ts'
import type { ContainerTarget, ContainerTargets } from '../src/target.ts'

const SCOPE = { uid: 'test', name: 'test', type: 'Container configuration' }

export function composeTargets(yaml: string): ContainerTarget[] {
  const [parsed] = parseConfigDocuments(yaml)
  if (parsed?.kind !== 'document') throw new Error('test YAML is malformed')
  return readComposeServices(parsed.document, 'compose.yaml') ?? []
}

export function dockerfileTarget(text: string): ContainerTarget {
  const target = readDockerfile(text, 'Dockerfile')
  if (target === undefined) throw new Error('not a Dockerfile')
  return target
}

export function inspectTarget(entry: unknown): ContainerTarget {
  const target = readInspectEntry(entry, 'inspect.json', 2)
  if (target === undefined) throw new Error('not an inspect entry')
  return target
}

/** `name: status` for each target, in order. */
export function verdicts(control: DockerControl, targets: readonly ContainerTarget[]): string[] {
  const subject: ContainerTargets = { targets, scope: SCOPE }
  return statusLines(control.evaluate(subject))
}

/** The one outcome of a control for one target. */
export function verdictOf(control: DockerControl, target: ContainerTarget) {
  const [outcome] = control.evaluate({ targets: [target], scope: SCOPE })
  return { status: outcome?.status, detail: outcome?.detail, line: outcome?.line }
}

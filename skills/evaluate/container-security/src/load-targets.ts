/** Reads Dockerfiles, Compose files and `docker inspect` output into targets; every target is one record. */
import { UsageError } from '#shared/errors/index.ts'
import type { Reporter } from '#shared/io/index.ts'
import {
  configSourceName,
  type ParsedDocument,
  parseConfigDocuments,
  readConfigText,
} from '#shared/posture/config-documents.ts'
import type { LoadedSubject } from '#shared/posture/index.ts'
import { readComposeServices } from './compose-reader.ts'
import { inputKindOf } from './input-kind.ts'
import { isInspectArray, readInspectEntry } from './inspect-reader.ts'
import type { ContainerTarget, ContainerTargets } from './target.ts'

type Accept = (target: ContainerTarget) => void

function skipMalformed(parsed: ParsedDocument, source: string, reporter: Reporter): boolean {
  if (parsed.kind !== 'malformed') return false
  reporter.read += 1
  reporter.skip({ source, line: parsed.line }, 'malformed YAML or JSON', parsed.reason)
  return true
}

function readCompose(text: string, source: string, reporter: Reporter, accept: Accept): void {
  for (const parsed of parseConfigDocuments(text)) {
    if (skipMalformed(parsed, source, reporter) || parsed.kind !== 'document') continue
    const services = readComposeServices(parsed.document, source)
    if (services === undefined) {
      reporter.read += 1
      reporter.skip({ source, line: parsed.document.line }, 'not a Compose file', 'no services map')
      continue
    }
    for (const service of services) {
      reporter.read += 1
      accept(service)
    }
  }
}

function readInspect(text: string, source: string, reporter: Reporter, accept: Accept): void {
  for (const parsed of parseConfigDocuments(text)) {
    if (skipMalformed(parsed, source, reporter) || parsed.kind !== 'document') continue
    const { document } = parsed
    if (!isInspectArray(document.value)) {
      reporter.read += 1
      reporter.skip(
        { source, line: document.line },
        'not docker inspect output',
        'expected an array of images or containers',
      )
      continue
    }
    document.value.forEach((entry, index) => {
      reporter.read += 1
      const line = document.lineAt([index])
      const target = readInspectEntry(entry, source, line)
      if (target === undefined) reporter.skip({ source, line }, 'not a docker inspect image or container')
      else accept(target)
    })
  }
}

export async function loadTargets(
  inputs: readonly string[],
  reporter: Reporter,
  time: number,
): Promise<LoadedSubject<ContainerTargets>> {
  if (inputs.length === 0)
    throw new UsageError('give Dockerfiles, Compose files or `docker inspect` output (- for standard input)')
  const targets: ContainerTarget[] = []
  const accept: Accept = (target) => {
    reporter.processed += 1
    targets.push(target)
  }
  for (const input of inputs) {
    const source = configSourceName(input)
    const text = await readConfigText(input)
    const kind = inputKindOf(source, text)
    if (kind === 'compose') readCompose(text, source, reporter, accept)
    else if (kind === 'inspect') readInspect(text, source, reporter, accept)
    else {
      reporter.read += 1
      // The Dockerfile parser is the larger half of the readers: it loads when there is a Dockerfile to read.
      const dockerfile =
        kind === 'dockerfile'
          ? (await import('./dockerfile-reader.ts')).readDockerfile(text, source)
          : undefined
      if (dockerfile !== undefined) accept(dockerfile)
      else reporter.skip({ source, line: 1 }, 'not a Dockerfile, Compose file or docker inspect output')
    }
  }
  const names = inputs.map(configSourceName).join(', ')
  const scope = { uid: names, name: names, type: 'Container configuration' }
  return { subject: { targets, scope }, sectionErrors: {}, time, scope, logSource: names }
}

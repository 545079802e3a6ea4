/**
 * A Dockerfile as the checks read it, parsed by dockerfile-ast (the parser of the Docker language server):
 * parser directives (`# escape=`), line continuations, JSON and shell forms, heredocs, and stages. The image
 * is the final stage, so its USER and HEALTHCHECK are the final stage's, or inherited from the stage it
 * builds on; ENV, ARG and ADD are read in every stage, since the Dockerfile itself holds them.
 */
import {
  type Dockerfile,
  DockerfileParser,
  type From,
  type Instruction,
  type JSONInstruction,
  type PropertyInstruction,
} from 'dockerfile-ast'
import { quoteForMessage } from '#shared/io/index.ts'
import type { ContainerTarget, EnvironmentEntry, Fact } from './target.ts'

interface Stage {
  readonly from: From
  readonly alias?: string
  readonly instructions: readonly Instruction[]
}

function lineOf(instruction: Instruction): number {
  return instruction.getRange().start.line + 1
}

function stagesOf(dockerfile: Dockerfile): Stage[] {
  const stages: Array<{ from: From; alias?: string; instructions: Instruction[] }> = []
  for (const instruction of dockerfile.getInstructions()) {
    if (instruction.getKeyword() === 'FROM') {
      const from = instruction as From
      stages.push({ from, alias: from.getBuildStage()?.toLowerCase(), instructions: [] })
    } else {
      stages.at(-1)?.instructions.push(instruction)
    }
  }
  return stages
}

const VARIABLE = /\$\{([A-Za-z_][A-Za-z0-9_]*)(?::?-([^}]*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)/g

/** Expands `$NAME`, `${NAME}` and `${NAME:-default}` from known values; undefined if any stays unknown. */
function expand(text: string, lookup: (name: string) => string | undefined): string | undefined {
  let unresolved = false
  const expanded = text.replace(
    VARIABLE,
    (_match, braced: string, fallback: string | undefined, bare: string) => {
      const value = lookup(braced ?? bare) ?? fallback
      if (value === undefined) unresolved = true
      return value ?? ''
    },
  )
  return unresolved ? undefined : expanded
}

/** The stage a FROM builds on when it names an earlier stage's alias, else undefined (an external image). */
function parentStage(stages: readonly Stage[], stage: Stage): Stage | undefined {
  const image = stage.from.getImage()?.toLowerCase()
  const index = stages.indexOf(stage)
  return stages
    .slice(0, index)
    .find((candidate) => candidate.alias !== undefined && candidate.alias === image)
}

/** The final stage, then the stages it builds on, nearest first: where its image config is inherited from. */
function lineage(stages: readonly Stage[]): Stage[] {
  const chain: Stage[] = []
  let stage = stages.at(-1)
  while (stage !== undefined && !chain.includes(stage)) {
    chain.push(stage)
    stage = parentStage(stages, stage)
  }
  return chain
}

function lastOf(chain: readonly Stage[], keyword: string): Instruction | undefined {
  for (const stage of chain) {
    const found = stage.instructions.filter((instruction) => instruction.getKeyword() === keyword).at(-1)
    if (found !== undefined) return found
  }
  return undefined
}

function baseImageOf(dockerfile: Dockerfile, chain: readonly Stage[]): Fact<string> | undefined {
  const root = chain.at(-1)
  if (root === undefined) return undefined
  const written = root.from.getImage() ?? ''
  const initial = new Map<string, string | undefined>()
  for (const arg of dockerfile.getInitialARGs()) {
    for (const property of arg.getProperties())
      initial.set(property.getName(), property.getValue() ?? undefined)
  }
  // A FROM sees only the ARGs declared before the first FROM; an unknown one is left as written.
  return { value: expand(written, (name) => initial.get(name)) ?? written, line: lineOf(root.from) }
}

function userOf(dockerfile: Dockerfile, chain: readonly Stage[]): Fact<string | undefined> {
  const user = lastOf(chain, 'USER')
  if (user === undefined)
    return { value: undefined, line: chain[0] === undefined ? 1 : lineOf(chain[0].from) }
  const written = user.getArgumentsContent() ?? ''
  const resolved = expand(
    written,
    (name) => dockerfile.resolveVariable(name, user.getRange().start.line) ?? undefined,
  )
  return { value: resolved ?? written, line: lineOf(user) }
}

function healthcheckOf(chain: readonly Stage[]): Fact<'set' | 'disabled' | 'absent'> {
  const healthcheck = lastOf(chain, 'HEALTHCHECK')
  if (healthcheck === undefined)
    return { value: 'absent', line: chain[0] === undefined ? 1 : lineOf(chain[0].from) }
  const first = healthcheck.getArguments()[0]?.getValue().toUpperCase()
  return { value: first === 'NONE' ? 'disabled' : 'set', line: lineOf(healthcheck) }
}

function environmentOf(dockerfile: Dockerfile): EnvironmentEntry[] {
  const entries: EnvironmentEntry[] = []
  for (const instruction of dockerfile.getInstructions()) {
    const keyword = instruction.getKeyword()
    if (keyword !== 'ENV' && keyword !== 'ARG') continue
    for (const property of (instruction as PropertyInstruction).getProperties()) {
      entries.push({
        name: property.getName(),
        value: property.getValue() ?? undefined,
        origin: keyword,
        line: property.getRange().start.line + 1,
      })
    }
  }
  return entries
}

/** The sources and destination of ADD, in JSON form (`ADD ["a", "b"]`) or shell form, without flags. */
function addArguments(add: JSONInstruction): string[] {
  const json = add.getJSONStrings()
  if (json.length > 0) return json.map((argument) => argument.getJSONValue())
  return add
    .getArguments()
    .map((argument) => argument.getValue())
    .filter((value) => !value.startsWith('--'))
}

/** Each ADD with its first source, scrubbed: a URL may carry a token. */
function addsOf(dockerfile: Dockerfile): Fact<string>[] {
  const adds: Fact<string>[] = []
  for (const instruction of dockerfile.getInstructions()) {
    if (instruction.getKeyword() !== 'ADD') continue
    const [source] = addArguments(instruction as JSONInstruction)
    adds.push({ value: quoteForMessage(source ?? '', 120), line: lineOf(instruction) })
  }
  return adds
}

/** Undefined when the text holds no FROM: it is not a Dockerfile. */
export function readDockerfile(text: string, file: string): ContainerTarget | undefined {
  const dockerfile = DockerfileParser.parse(text)
  const stages = stagesOf(dockerfile)
  if (stages.length === 0) return undefined
  const chain = lineage(stages)
  return {
    form: 'Dockerfile',
    resource: { uid: file, name: file, type: 'Dockerfile' },
    file,
    line: 1,
    user: userOf(dockerfile, chain),
    image: baseImageOf(dockerfile, chain),
    healthcheck: healthcheckOf(chain),
    environment: environmentOf(dockerfile),
    build: { adds: addsOf(dockerfile) },
  }
}

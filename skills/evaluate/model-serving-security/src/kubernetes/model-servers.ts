/**
 * Which model server a container runs, from its image and command line. vLLM, Text Generation Inference and
 * Triton are read flag by flag; other servers are recognised so their endpoints are evaluated, with the
 * settings only their own configuration holds reported as unknown.
 */
import { asString } from '#shared/json/index.ts'
import type { PodContainer } from '#shared/k8s/index.ts'
import { parseImageReference, parseVersion } from '#shared/posture/index.ts'
import { commandWordsOf, type EnvironmentVariable, environmentOf } from './server-command.ts'

export type ServerKind = 'vllm' | 'tgi' | 'triton' | 'other'

export interface ModelServer {
  readonly kind: ServerKind
  /** "vLLM", "Text Generation Inference", or the image for others. */
  readonly label: string
  readonly container: PodContainer
  readonly words: readonly string[]
  readonly environment: readonly EnvironmentVariable[]
  /** The server's version from its image tag (`vllm/vllm-openai:v0.9.2`), when the tag is a version. */
  readonly version?: readonly number[]
}

/** Images of model servers read only by name: their settings live in files or flags not parsed here. */
const OTHER_SERVER_IMAGES =
  /ollama|sglang|llama[.-]?cpp|torchserve|tensorflow\/serving|nvcr\.io\/nim\/|kserve\/[a-z]*server|seldonio\/|lmdeploy|text-embeddings-inference|huggingfaceserver/i

const SERVER_IMAGES: ReadonlyArray<readonly [ServerKind, RegExp]> = [
  ['vllm', /vllm/i],
  ['tgi', /text-generation-inference/i],
  ['triton', /tritonserver/i],
  ['other', OTHER_SERVER_IMAGES],
]

/** The server an image is named for: its tag is then the server's version. */
function kindOfImage(image: string): ServerKind | undefined {
  return SERVER_IMAGES.find(([, pattern]) => pattern.test(image))?.[0]
}

/** A server started from a general-purpose image (`python -m vllm...`) is known by its command line. */
function kindOfCommand(words: readonly string[]): ServerKind | undefined {
  const line = words.join(' ')
  if (/\bvllm\s+serve\b|vllm\.entrypoints\.openai\.api_server/.test(line)) return 'vllm'
  if (words.includes('text-generation-launcher')) return 'tgi'
  if (words.some((word) => word.endsWith('tritonserver'))) return 'triton'
  return undefined
}

const LABELS: Readonly<Record<Exclude<ServerKind, 'other'>, string>> = {
  vllm: 'vLLM',
  tgi: 'Text Generation Inference',
  triton: 'Triton Inference Server',
}

/** The model server a container runs, or undefined when it runs none this skill recognises. */
export function modelServerOf(container: PodContainer): ModelServer | undefined {
  const image = asString(container.spec.image) ?? ''
  const words = commandWordsOf(container)
  const byImage = kindOfImage(image)
  const kind = byImage ?? kindOfCommand(words)
  if (kind === undefined) return undefined
  const tag = byImage === undefined ? undefined : parseImageReference(image)?.tag
  return {
    kind,
    label: kind === 'other' ? `the model server ${image}` : LABELS[kind],
    container,
    words,
    environment: environmentOf(container),
    version: tag === undefined ? undefined : parseVersion(tag),
  }
}

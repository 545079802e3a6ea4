/** MS-2: literal credentials in serving configuration, reported by where they are, never by value. */
import { describe, expect, it } from 'vitest'
import { hardCodedCredentials } from '../../src/controls/hard-coded-credentials.ts'
import { configOutcome, kubernetesOutcome, serverDeployment } from '../endpoints-of.ts'

const KEY = 'sk-EXAMPLEKEY00000000000000000000'

describe('MS-2 hard-coded credentials', () => {
  it.each([
    ['a literal key in auth.api_keys', `auth: {type: api_key, api_keys: ["${KEY}"]}`, 'fail'],
    ['a literal auth.api_key', `auth: {api_key: "not-shaped-but-named"}`, 'fail'],
    ['an environment variable named like a key', `environment: {OPENAI_API_KEY: "plain-text-value"}`, 'fail'],
    ['a LiteLLM environment reference', 'auth: {api_keys: ["os.environ/GATEWAY_KEY"]}', 'pass'],
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the config text holds a shell-style reference, not a template
    ['a shell-style variable reference', 'auth: {api_key: "${GATEWAY_KEY}"}', 'pass'],
    ['a key named by its variable', 'auth: {type: api_key, api_key_env: GATEWAY_KEY}', 'pass'],
    [
      'a number under a token-named setting',
      'limits: {max_tokens: 1024}\nenvironment: {MAX_TOKENS: "1024"}',
      'pass',
    ],
    [
      'a credential-shaped value under any name',
      `url: "https://llm.example.com/?key=${KEY}"\nnotes: "${KEY}"`,
      'fail',
    ],
  ])('serving config, %s', (_name, endpoint, expected) => {
    expect(configOutcome(hardCodedCredentials, endpoint).status).toBe(expected)
  })

  it('names where a key is written, with its line, and never its value', () => {
    const outcome = configOutcome(
      hardCodedCredentials,
      `auth: {type: api_key, api_keys: ["os.environ/A", "${KEY}"]}`,
    )
    expect(outcome.detail).toBe('endpoint chat has a credential written in as a literal: auth.api_keys[1].')
    expect(outcome.detail).not.toContain(KEY)
  })

  it.each([
    [
      '--api-key with a literal',
      `image: vllm/vllm-openai:v0.10.2\nargs: ["serve", "m", "--api-key", "${KEY}"]`,
      'fail',
    ],
    ['--api-key=literal', `image: vllm/vllm-openai:v0.10.2\nargs: ["serve", "m", "--api-key=plain"]`, 'fail'],
    [
      '--api-key from a variable',
      'image: vllm/vllm-openai:v0.10.2\nargs: ["serve", "m", "--api-key", "$(VLLM_API_KEY)"]',
      'pass',
    ],
    [
      'a literal HF_TOKEN',
      'image: vllm/vllm-openai:v0.10.2\nenv: [{name: HF_TOKEN, value: hf_EXAMPLETOKEN000000000000000000}]',
      'fail',
    ],
    [
      'HF_TOKEN from a Secret',
      'image: vllm/vllm-openai:v0.10.2\nenv: [{name: HF_TOKEN, valueFrom: {secretKeyRef: {name: hf, key: token}}}]',
      'pass',
    ],
    [
      'token limits as numbers',
      'image: ghcr.io/huggingface/text-generation-inference:3.0.1\nargs: ["--max-input-tokens", "4096"]\nenv: [{name: MAX_TOTAL_TOKENS, value: "8192"}]',
      'pass',
    ],
    [
      'a key inside a shell script',
      `image: vllm/vllm-openai:v0.10.2\ncommand: ["sh", "-c", "vllm serve m --api-key ${KEY}"]`,
      'fail',
    ],
  ])('Kubernetes, %s', (_name, container, expected) => {
    expect(kubernetesOutcome(hardCodedCredentials, serverDeployment(container)).status).toBe(expected)
  })
})

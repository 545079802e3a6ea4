/** MS-8: prompt and completion text in logs, with or without redaction. */
import { describe, expect, it } from 'vitest'
import { logRedaction } from '../../src/controls/log-redaction.ts'
import { configOutcome, kubernetesOutcome, serverDeployment } from '../endpoints-of.ts'

describe('MS-8 personal data in logs', () => {
  it.each([
    ['no logging block', 'url: https://a', 'unknown'],
    ['logging off', 'logging: {enabled: false}', 'pass'],
    ['content logging off', 'logging: {log_prompts: false, log_responses: false}', 'pass'],
    ['prompts logged by default', 'logging: {enabled: true}', 'fail'],
    ['prompts logged and redacted', 'logging: {log_prompts: true, pii_redaction: true}', 'pass'],
    [
      'redaction as an object',
      'logging: {log_prompts: true, pii_redaction: {enabled: true, provider: presidio}}',
      'pass',
    ],
    ['redaction switched off', 'logging: {log_prompts: true, pii_redaction: {enabled: false}}', 'fail'],
  ])('serving config, %s', (_name, endpoint, expected) => {
    expect(configOutcome(logRedaction, endpoint).status).toBe(expected)
  })

  it.each([
    ['vLLM 0.9.2 logs prompts by default', 'vllm/vllm-openai:v0.9.2', '', 'fail'],
    ['vLLM 0.10.2 does not', 'vllm/vllm-openai:v0.10.2', '', 'pass'],
    [
      'vLLM 0.9.2 with --disable-log-requests',
      'vllm/vllm-openai:v0.9.2',
      ', "--disable-log-requests"',
      'pass',
    ],
    [
      'vLLM 0.10.2 with --enable-log-requests',
      'vllm/vllm-openai:v0.10.2',
      ', "--enable-log-requests"',
      'fail',
    ],
    ['vLLM of an unknown version', 'vllm/vllm-openai:latest', '', 'unknown'],
  ])('Kubernetes, %s', (_name, image, flag, expected) => {
    const yaml = serverDeployment(`image: ${image}\nargs: ["serve", "m"${flag}]`)
    expect(kubernetesOutcome(logRedaction, yaml).status).toBe(expected)
  })

  it('fails a KServe payload logger, naming where it sends payloads', () => {
    const yaml = `apiVersion: serving.kserve.io/v1beta1
kind: InferenceService
metadata: {name: chat, namespace: llm}
spec:
  predictor:
    logger: {mode: all, url: "http://message-dumper.llm/"}
    model: {modelFormat: {name: sklearn}, storageUri: "gs://b/m/v1"}`
    expect(kubernetesOutcome(logRedaction, yaml)).toEqual({
      status: 'fail',
      detail:
        'InferenceService llm/chat logs prompt or completion text without redaction: the KServe payload logger (mode all) sends payloads to http://message-dumper.llm/.',
    })
  })
})

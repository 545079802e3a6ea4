/** MS-6, MS-7, MS-14 and MS-15: guardrails a gateway states, and what Kubernetes objects cannot show. */
import { describe, expect, it } from 'vitest'
import { contentSafety } from '../../src/controls/content-safety.ts'
import { memorisationGuard } from '../../src/controls/memorisation-guard.ts'
import { outputFiltering } from '../../src/controls/output-filtering.ts'
import { promptInjectionDetection } from '../../src/controls/prompt-injection-detection.ts'
import { configOutcome, kubernetesOutcome, serverDeployment } from '../endpoints-of.ts'

const VLLM = serverDeployment('image: vllm/vllm-openai:v0.10.2\nargs: ["serve", "org/model"]')

describe('MS-14 prompt-injection detection and MS-6 output filtering', () => {
  it.each([
    [promptInjectionDetection, 'no guardrails', 'url: https://a', 'fail'],
    [promptInjectionDetection, 'switched on', 'guardrails: {prompt_injection: true}', 'pass'],
    [
      promptInjectionDetection,
      'a provider and an action',
      'guardrails: {prompt_injection: {provider: prompt-guard, action: block}}',
      'pass',
    ],
    [
      promptInjectionDetection,
      'turned off',
      'guardrails: {prompt_injection: {provider: x, enabled: false}}',
      'fail',
    ],
    [outputFiltering, 'no output filter', 'guardrails: {prompt_injection: true}', 'fail'],
    [
      outputFiltering,
      'an output filter',
      'guardrails: {output_filter: {provider: presidio, action: redact}}',
      'pass',
    ],
    [outputFiltering, 'false', 'guardrails: {outputFilter: false}', 'fail'],
  ])('%s, serving config, %s', (control, _name, endpoint, expected) => {
    expect(configOutcome(control, endpoint).status).toBe(expected)
  })

  it.each([promptInjectionDetection, outputFiltering, contentSafety])(
    '%s is unknown from Kubernetes objects',
    (control) => {
      const outcome = kubernetesOutcome(control, VLLM)
      expect(outcome.status).toBe('unknown')
      expect(outcome.detail).toContain('Kubernetes objects do not describe')
    },
  )
})

describe('MS-15 content safety', () => {
  it.each([
    ['none', 'url: https://a', 'fail'],
    ['both sides by default', 'guardrails: {content_safety: {provider: llama-guard}}', 'pass'],
    ['the moderation alias', 'guardrails: {moderation: true}', 'pass'],
    ['prompts only', 'guardrails: {content_safety: {output: false}}', 'fail'],
  ])('serving config, %s', (_name, endpoint, expected) => {
    expect(configOutcome(contentSafety, endpoint).status).toBe(expected)
  })

  it('names the side that is not screened', () => {
    expect(configOutcome(contentSafety, 'guardrails: {content_safety: {output: false}}').detail).toBe(
      'endpoint chat does not screen completions for harmful content: guardrails.content_safety.',
    )
  })
})

describe('MS-7 memorisation guard', () => {
  it.each([
    [
      'a guard and withheld log-probabilities',
      'guardrails: {memorization: true}\noutput: {max_logprobs: 0}',
      'pass',
    ],
    ['a guard, log-probabilities not stated', 'guardrails: {memorisation: {provider: dedup}}', 'pass'],
    [
      'a guard, but log-probabilities returned',
      'guardrails: {memorization: true}\noutput: {logprobs: true}',
      'fail',
    ],
    ['no guard', 'output: {max_logprobs: 0}', 'fail'],
  ])('serving config, %s', (_name, endpoint, expected) => {
    expect(configOutcome(memorisationGuard, endpoint).status).toBe(expected)
  })

  it.each([
    ['vLLM returns log-probabilities by default', 'args: ["serve", "m"]', 'fail'],
    ['vLLM with --max-logprobs 5', 'args: ["serve", "m", "--max-logprobs", "5"]', 'fail'],
    ['vLLM with --max-logprobs 0', 'args: ["serve", "m", "--max-logprobs=0"]', 'unknown'],
  ])('Kubernetes, %s', (_name, args, expected) => {
    const yaml = serverDeployment(`image: vllm/vllm-openai:v0.10.2\n${args}`)
    expect(kubernetesOutcome(memorisationGuard, yaml).status).toBe(expected)
  })
})

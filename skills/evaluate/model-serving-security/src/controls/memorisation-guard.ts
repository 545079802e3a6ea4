/**
 * MS-7: models repeat training data they memorised, and per-token log-probabilities let a caller test
 * whether a given record was in the training set; a memorisation guard and withheld log-probabilities keep
 * training data from being read back out.
 */
import { type ServingControl, WORKLOAD_SECTIONS } from '../benchmark.ts'
import { judgeEndpointEvidence, judgeEndpoints } from '../outcomes.ts'

export const memorisationGuard: ServingControl = {
  id: 'MS-7',
  title: 'Outputs are guarded against training-data extraction (memorisation)',
  severity: 'medium',
  attacks: ['AML.T0024.000', 'AML.T0057'],
  requirements: ['NIST CSF 2.0 PR.DS-10', 'SOC 2 C1.1'],
  remediation:
    'Enable a guard that detects verbatim training or fine-tuning data in completions, and stop returning per-token log-probabilities to callers (vLLM --max-logprobs 0, or strip logprobs at the gateway).',
  references: [
    'https://atlas.mitre.org/mitigations/AML.M0002',
    'https://genai.owasp.org/llmrisk/llm022025-sensitive-information-disclosure/',
    'https://docs.vllm.ai/en/stable/configuration/engine_args/',
  ],
  sections: [...WORKLOAD_SECTIONS],
  evaluate: (inventory) =>
    judgeEndpoints(inventory, (endpoint) =>
      judgeEndpointEvidence(endpoint, endpoint.memorisation, (memorisation, name) => {
        const { guard, logprobs } = memorisation
        if (logprobs?.exposed === true)
          return { status: 'fail', detail: `${name} returns log-probabilities to callers: ${logprobs.how}.` }
        if (guard === undefined) {
          const withheld = logprobs === undefined ? '' : ` (${logprobs.how})`
          return {
            status: 'unknown',
            detail: `${name}: a memorisation guard would run in a gateway the input does not describe${withheld}.`,
          }
        }
        return guard.enabled
          ? { status: 'pass', detail: `${name} guards outputs against memorised data: ${guard.how}.` }
          : { status: 'fail', detail: `${name} has no memorisation guard: ${guard.how}.` }
      }),
    ),
}

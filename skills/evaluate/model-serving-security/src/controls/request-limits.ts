/**
 * MS-5: a request with no bound on its prompt or on what it may generate can hold a GPU for the model's
 * whole context window; a few of them deny service to everyone else and cost the most per call.
 */
import { type ServingControl, WORKLOAD_SECTIONS } from '../benchmark.ts'
import { judgeEndpointEvidence, judgeEndpoints } from '../outcomes.ts'

export const requestLimits: ServingControl = {
  id: 'MS-5',
  title: 'Input size and token limits bound every request',
  severity: 'medium',
  attacks: ['AML.T0029', 'AML.T0034.001'],
  requirements: ['NIST CSF 2.0 PR.IR-04', 'SOC 2 A1.1'],
  remediation:
    'Bound the prompt and the completion: max input tokens or request bytes and max output tokens at the gateway, or at the server (vLLM --max-model-len; TGI --max-input-tokens and --max-total-tokens).',
  references: [
    'https://genai.owasp.org/llmrisk/llm102025-unbounded-consumption/',
    'https://docs.vllm.ai/en/stable/configuration/engine_args/',
    'https://huggingface.co/docs/text-generation-inference/basic_tutorials/launcher',
  ],
  sections: [...WORKLOAD_SECTIONS],
  evaluate: (inventory) =>
    judgeEndpoints(inventory, (endpoint) =>
      judgeEndpointEvidence(endpoint, endpoint.requestLimits, (limits, name) => {
        const missing: string[] = []
        if (limits.input === undefined) missing.push('the input')
        if (limits.output === undefined) missing.push('the output')
        if (missing.length === 0)
          return {
            status: 'pass',
            detail: `${name} bounds requests: input ${limits.input}; output ${limits.output}.`,
          }
        return { status: 'fail', detail: `${name} sets no bound on ${missing.join(' or ')} of a request.` }
      }),
    ),
}

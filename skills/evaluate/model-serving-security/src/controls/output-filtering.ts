/**
 * MS-6: whatever reaches the model's context (other users' data, retrieved documents, secrets) can come back
 * out; an output filter that detects and redacts personal data and secrets is the last gate before the caller.
 */
import { type ServingControl, WORKLOAD_SECTIONS } from '../benchmark.ts'
import { judgeEndpointEvidence, judgeEndpoints } from '../outcomes.ts'

export const outputFiltering: ServingControl = {
  id: 'MS-6',
  title: 'Model outputs are filtered for sensitive data before they are returned',
  severity: 'high',
  attacks: ['AML.T0057', 'AML.T0077'],
  requirements: ['NIST CSF 2.0 PR.DS-10', 'SOC 2 C1.1'],
  remediation:
    'Add an output guardrail at the gateway that detects personal data, credentials and other sensitive content in completions and redacts or blocks them (for example Presidio, LLM Guard or NeMo Guardrails output rails); treat output as untrusted where it is rendered.',
  references: [
    'https://genai.owasp.org/llmrisk/llm052025-improper-output-handling/',
    'https://genai.owasp.org/llmrisk/llm022025-sensitive-information-disclosure/',
    'https://atlas.mitre.org/mitigations/AML.M0020',
  ],
  sections: [...WORKLOAD_SECTIONS],
  evaluate: (inventory) =>
    judgeEndpoints(inventory, (endpoint) =>
      judgeEndpointEvidence(endpoint, endpoint.outputFilter, (filter, name) =>
        filter.enabled
          ? { status: 'pass', detail: `${name} filters outputs: ${filter.how}.` }
          : { status: 'fail', detail: `${name} returns outputs unfiltered: ${filter.how}.` },
      ),
    ),
}

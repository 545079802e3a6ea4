/**
 * MS-14: prompt injection (direct, or through documents and tool results) is the first step of most attacks
 * on an LLM application; detecting it at the gateway stops or at least records the attempt.
 */
import { type ServingControl, WORKLOAD_SECTIONS } from '../benchmark.ts'
import { judgeEndpointEvidence, judgeEndpoints } from '../outcomes.ts'

export const promptInjectionDetection: ServingControl = {
  id: 'MS-14',
  title: 'Prompts are screened for prompt injection',
  severity: 'high',
  attacks: ['AML.T0051', 'AML.T0054'],
  requirements: ['NIST CSF 2.0 DE.CM-09', 'SOC 2 CC7.2'],
  remediation:
    'Screen inputs (user prompts, retrieved documents, tool results) with a prompt-injection detector at the gateway (for example Prompt Guard, LLM Guard or a NeMo Guardrails input rail), and block or flag what it finds.',
  references: [
    'https://genai.owasp.org/llmrisk/llm01-prompt-injection/',
    'https://atlas.mitre.org/mitigations/AML.M0015',
    'https://atlas.mitre.org/mitigations/AML.M0020',
  ],
  sections: [...WORKLOAD_SECTIONS],
  evaluate: (inventory) =>
    judgeEndpoints(inventory, (endpoint) =>
      judgeEndpointEvidence(endpoint, endpoint.promptInjection, (detection, name) =>
        detection.enabled
          ? { status: 'pass', detail: `${name} screens prompts for injection: ${detection.how}.` }
          : { status: 'fail', detail: `${name} does not screen prompts for injection: ${detection.how}.` },
      ),
    ),
}

/**
 * MS-15: safety tuning alone gives way to jailbreaks; a content-safety classifier on prompts and on
 * completions catches harmful requests and harmful generations the model lets through.
 */
import { type ServingControl, WORKLOAD_SECTIONS } from '../benchmark.ts'
import { judgeEndpointEvidence, judgeEndpoints } from '../outcomes.ts'

export const contentSafety: ServingControl = {
  id: 'MS-15',
  title: 'Prompts and completions pass a content-safety filter',
  severity: 'medium',
  attacks: ['AML.T0048', 'AML.T0054'],
  requirements: ['NIST CSF 2.0 DE.CM-09', 'SOC 2 CC7.2'],
  remediation:
    'Run a content-safety classifier (for example Llama Guard, a moderation API, NeMo Guardrails) on both prompts and completions at the gateway, with categories and actions set by policy.',
  references: [
    'https://atlas.mitre.org/mitigations/AML.M0020',
    'https://atlas.mitre.org/mitigations/AML.M0021',
    'https://nvlpubs.nist.gov/nistpubs/ai/NIST.AI.600-1.pdf',
  ],
  sections: [...WORKLOAD_SECTIONS],
  evaluate: (inventory) =>
    judgeEndpoints(inventory, (endpoint) =>
      judgeEndpointEvidence(endpoint, endpoint.contentSafety, (safety, name) => {
        if (safety.input && safety.output)
          return {
            status: 'pass',
            detail: `${name} screens prompts and completions for harmful content: ${safety.how}.`,
          }
        const missing = [safety.input ? undefined : 'prompts', safety.output ? undefined : 'completions']
          .filter((side) => side !== undefined)
          .join(' and ')
        return {
          status: 'fail',
          detail: `${name} does not screen ${missing} for harmful content: ${safety.how}.`,
        }
      }),
    ),
}

/**
 * MS-8: prompts and completions carry whatever users paste in (names, health data, credentials); logged
 * verbatim they end up in a log store with far wider access than the model itself.
 */
import { type ServingControl, WORKLOAD_SECTIONS } from '../benchmark.ts'
import { judgeEndpointEvidence, judgeEndpoints } from '../outcomes.ts'

export const logRedaction: ServingControl = {
  id: 'MS-8',
  title: 'Personal data is redacted from request and response logs',
  severity: 'medium',
  attacks: ['AML.T0036', 'T1213'],
  requirements: ['NIST CSF 2.0 PR.DS-01', 'SOC 2 C1.1'],
  remediation:
    "Stop logging prompt and completion text, or redact personal data before it is written (a PII redaction step in the gateway's logging); for KServe, drop the payload logger or point it at a sink that redacts.",
  references: [
    'https://genai.owasp.org/llmrisk/llm022025-sensitive-information-disclosure/',
    'https://kserve.github.io/website/docs/model-serving/predictive-inference/logger',
    'https://nvlpubs.nist.gov/nistpubs/ai/NIST.AI.600-1.pdf',
  ],
  sections: [...WORKLOAD_SECTIONS],
  evaluate: (inventory) =>
    judgeEndpoints(inventory, (endpoint) =>
      judgeEndpointEvidence(endpoint, endpoint.requestLogging, (logging, name) => {
        if (!logging.logsContent)
          return { status: 'pass', detail: `${name} does not log prompt or completion text: ${logging.how}.` }
        if (logging.redaction)
          return {
            status: 'pass',
            detail: `${name} logs requests with personal data redacted: ${logging.how}.`,
          }
        return {
          status: 'fail',
          detail: `${name} logs prompt or completion text without redaction: ${logging.how}.`,
        }
      }),
    ),
}

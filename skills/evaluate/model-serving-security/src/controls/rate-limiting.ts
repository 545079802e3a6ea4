/**
 * MS-4: without a rate limit one client can exhaust the GPUs for everyone, run up the bill, or send the
 * thousands of queries that model extraction needs.
 */
import { EXPOSURE_SECTIONS, type ServingControl } from '../benchmark.ts'
import { judgeEndpointEvidence, judgeEndpoints } from '../outcomes.ts'

export const rateLimiting: ServingControl = {
  id: 'MS-4',
  title: 'Requests are rate limited per client',
  severity: 'medium',
  attacks: ['AML.T0029', 'AML.T0034.000', 'AML.T0024.002'],
  requirements: ['NIST CSF 2.0 PR.IR-04', 'SOC 2 A1.1'],
  remediation:
    'Limit requests and tokens per client at the gateway (requests and tokens per minute per key or user); an Ingress in front can limit per address (nginx.ingress.kubernetes.io/limit-rpm).',
  references: [
    'https://genai.owasp.org/llmrisk/llm102025-unbounded-consumption/',
    'https://atlas.mitre.org/mitigations/AML.M0004',
  ],
  sections: [...EXPOSURE_SECTIONS],
  evaluate: (inventory) =>
    judgeEndpoints(inventory, (endpoint) =>
      judgeEndpointEvidence(endpoint, endpoint.rateLimit, (rateLimit, name) =>
        rateLimit.limits.length > 0
          ? {
              status: 'pass',
              detail: `${name} is rate limited: ${rateLimit.limits.join(', ')} (${rateLimit.how}).`,
            }
          : { status: 'fail', detail: `${name} has no rate limit: ${rateLimit.how}.` },
      ),
    ),
}

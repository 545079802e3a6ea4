/**
 * MS-1: an inference API that answers anyone is free model access for anyone who finds it: extraction,
 * data leakage and cost harvesting all start with an unauthenticated call.
 */
import { EXPOSURE_SECTIONS, type ServingControl } from '../benchmark.ts'
import { judgeEndpointEvidence, judgeEndpoints } from '../outcomes.ts'

export const authentication: ServingControl = {
  id: 'MS-1',
  title: 'Inference endpoints require authentication',
  severity: 'critical',
  attacks: ['AML.T0040', 'AML.T0034'],
  requirements: ['NIST CSF 2.0 PR.AA-03', 'SOC 2 CC6.1'],
  remediation:
    "Require authentication on every inference route: OIDC/JWT or per-client API keys at the gateway, or the server's own key (vLLM --api-key from a Secret) behind a gateway that also covers the routes the key does not (vLLM checks it only under /v1).",
  references: [
    'https://atlas.mitre.org/mitigations/AML.M0019',
    'https://docs.vllm.ai/en/stable/usage/security/',
  ],
  sections: [...EXPOSURE_SECTIONS],
  evaluate: (inventory) =>
    judgeEndpoints(inventory, (endpoint) =>
      judgeEndpointEvidence(endpoint, endpoint.authentication, (auth, name) =>
        auth.required
          ? { status: 'pass', detail: `${name} requires authentication: ${auth.how}.` }
          : { status: 'fail', detail: `${name} answers unauthenticated calls: ${auth.how}.` },
      ),
    ),
}

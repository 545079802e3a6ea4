/**
 * MS-3: with one shared key, or no per-caller decision, every holder can call every model and nothing tells
 * callers apart; a leaked key is as good as an insider's.
 */
import { EXPOSURE_SECTIONS, type ServingControl } from '../benchmark.ts'
import { judgeEndpointEvidence, judgeEndpoints } from '../outcomes.ts'

export const accessControl: ServingControl = {
  id: 'MS-3',
  title: 'Access to models is authorised per caller (role-based)',
  severity: 'high',
  attacks: ['AML.T0012', 'AML.T0040'],
  requirements: ['NIST CSF 2.0 PR.AA-05', 'SOC 2 CC6.3'],
  remediation:
    "Authorise each caller for the models it may use: gateway roles or scopes per model, or token authorisation that checks the caller's Kubernetes RBAC (security.opendatahub.io/enable-auth); give each client its own key instead of one shared key.",
  references: [
    'https://atlas.mitre.org/mitigations/AML.M0019',
    'https://genai.owasp.org/llmrisk/llm062025-excessive-agency/',
  ],
  sections: [...EXPOSURE_SECTIONS],
  evaluate: (inventory) =>
    judgeEndpoints(inventory, (endpoint) =>
      judgeEndpointEvidence(endpoint, endpoint.authorization, (authorization, name) =>
        authorization.perCaller
          ? { status: 'pass', detail: `${name} authorises each caller: ${authorization.how}.` }
          : {
              status: 'fail',
              detail: `${name} does not authorise callers individually: ${authorization.how}.`,
            },
      ),
    ),
}

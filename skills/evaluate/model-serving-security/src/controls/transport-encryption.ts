/**
 * MS-12: prompts and completions are often the most sensitive data a company sends anywhere; in clear text
 * anyone on the path reads or alters them, and TLS before 1.2 no longer protects them.
 */
import { compareVersions, parseVersion } from '#shared/posture/index.ts'
import { EXPOSURE_SECTIONS, type ServingControl } from '../benchmark.ts'
import { judgeEndpointEvidence, judgeEndpoints } from '../outcomes.ts'

/** TLS 1.0 and 1.1 are deprecated (RFC 8996); 1.2 is the lowest version that still counts. */
const MINIMUM_TLS = [1, 2]

export const transportEncryption: ServingControl = {
  id: 'MS-12',
  title: 'Inference traffic is encrypted with TLS 1.2 or later',
  severity: 'high',
  attacks: ['T1557', 'T1040'],
  requirements: ['NIST CSF 2.0 PR.DS-02', 'SOC 2 CC6.7'],
  remediation:
    'Terminate TLS (1.2 or later) in front of the server (an Ingress with spec.tls, the gateway) or at the server (vLLM --ssl-certfile and --ssl-keyfile), and encrypt in-cluster hops too (a service mesh with mutual TLS).',
  references: [
    'https://www.rfc-editor.org/rfc/rfc8996',
    'https://kubernetes.io/docs/concepts/services-networking/ingress/#tls',
    'https://docs.vllm.ai/en/stable/configuration/serve_args/',
  ],
  sections: [...EXPOSURE_SECTIONS],
  evaluate: (inventory) =>
    judgeEndpoints(inventory, (endpoint) =>
      judgeEndpointEvidence(endpoint, endpoint.transport, (transport, name) => {
        if (!transport.encrypted)
          return { status: 'fail', detail: `${name} is served in clear text: ${transport.how}.` }
        const minimum = transport.minVersion === undefined ? undefined : parseVersion(transport.minVersion)
        if (minimum !== undefined && compareVersions(minimum, MINIMUM_TLS) < 0)
          return {
            status: 'fail',
            detail: `${name} accepts TLS ${transport.minVersion}, below 1.2: ${transport.how}.`,
          }
        return { status: 'pass', detail: `${name} is served over TLS: ${transport.how}.` }
      }),
    ),
}

/**
 * MS-13: an inference endpoint reachable from the internet without a source restriction is found by
 * scanners within hours; every other weakness of the endpoint is then open to anyone.
 */
import { EXPOSURE_SECTIONS, type ServingControl } from '../benchmark.ts'
import { judgeEndpointEvidence, judgeEndpoints } from '../outcomes.ts'

export const publicExposure: ServingControl = {
  id: 'MS-13',
  title: 'Inference endpoints are not publicly reachable without a source restriction',
  severity: 'high',
  attacks: ['AML.T0040', 'AML.T0049', 'T1190'],
  requirements: ['NIST CSF 2.0 PR.IR-01', 'SOC 2 CC6.6'],
  remediation:
    'Keep the model server internal (ClusterIP; KServe networking.knative.dev/visibility: cluster-local) and publish it only through a gateway that authenticates; where it must be public, restrict sources (loadBalancerSourceRanges, an Ingress allow-list, allowed_cidrs).',
  references: [
    'https://kubernetes.io/docs/concepts/services-networking/service/#publishing-services-service-types',
    'https://knative.dev/docs/serving/services/private-services/',
    'https://atlas.mitre.org/mitigations/AML.M0019',
  ],
  sections: [...EXPOSURE_SECTIONS],
  evaluate: (inventory) =>
    judgeEndpoints(inventory, (endpoint) =>
      judgeEndpointEvidence(endpoint, endpoint.exposure, (exposure, name) => {
        if (!exposure.public)
          return { status: 'pass', detail: `${name} is not publicly reachable: ${exposure.how}.` }
        if (exposure.restrictedTo !== undefined)
          return {
            status: 'pass',
            detail: `${name} is public but restricted to ${exposure.restrictedTo}: ${exposure.how}.`,
          }
        return { status: 'fail', detail: `${name} is publicly reachable from any address: ${exposure.how}.` }
      }),
    ),
}

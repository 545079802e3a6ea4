/**
 * MS-2: an API key written into a config file or a manifest is in every copy of it: the repository, CI logs,
 * backups, `kubectl get -o yaml`. Only where it is written is ever reported, never the value.
 */
import { type ServingControl, WORKLOAD_SECTIONS } from '../benchmark.ts'
import { describeEndpoint, judgeEndpoints } from '../outcomes.ts'

export const hardCodedCredentials: ServingControl = {
  id: 'MS-2',
  title: 'No API keys or credentials are hard-coded in serving configuration',
  severity: 'high',
  attacks: ['AML.T0055', 'T1552.001'],
  requirements: ['NIST CSF 2.0 PR.AA-01', 'SOC 2 CC6.1'],
  remediation:
    'Move the key into a secret store or a Kubernetes Secret mounted as a file, reference it (an environment variable filled from the Secret, `os.environ/NAME`), and rotate every key that was ever written in clear.',
  references: [
    'https://genai.owasp.org/llmrisk/llm022025-sensitive-information-disclosure/',
    'https://kubernetes.io/docs/concepts/security/secrets-good-practices/',
  ],
  sections: [...WORKLOAD_SECTIONS],
  evaluate: (inventory) =>
    judgeEndpoints(inventory, (endpoint) => {
      const name = describeEndpoint(endpoint)
      const [first] = endpoint.literalCredentials
      if (first === undefined)
        return { status: 'pass', detail: `${name} holds no literal API key or credential.` }
      const where = endpoint.literalCredentials.map((credential) => credential.where).join(', ')
      return {
        status: 'fail',
        detail: `${name} has a credential written in as a literal: ${where}.`,
        line: first.line,
      }
    }),
}

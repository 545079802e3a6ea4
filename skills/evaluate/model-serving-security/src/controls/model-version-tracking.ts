/**
 * MS-16: a model served by a moving name (`latest`, a branch, a bare repository id) can change under the
 * endpoint without a deployment; a poisoned or swapped model then serves silently, and no incident can say
 * which weights answered.
 */
import { type ServingControl, WORKLOAD_SECTIONS } from '../benchmark.ts'
import { judgeEndpointEvidence, judgeEndpoints } from '../outcomes.ts'

/** Names that follow whatever was published last: they identify no fixed weights. */
const MOVING_REFERENCES = new Set(['latest', 'main', 'master', 'head', 'stable', 'current', 'default'])

/** A git commit id (Hugging Face revisions are commits) or a content digest fixes the weights. */
const IMMUTABLE = /^(?:[0-9a-f]{40}|sha256:[0-9a-f]{64})$/i

export const modelVersionTracking: ServingControl = {
  id: 'MS-16',
  title: 'The served model is identified by a fixed version or digest',
  severity: 'medium',
  attacks: ['AML.T0010.003', 'AML.T0018'],
  requirements: ['NIST CSF 2.0 ID.AM-02', 'SOC 2 CC8.1'],
  remediation:
    'Pin the model: a Hugging Face commit (vLLM --revision, TGI --revision), an OCI model image by digest (KServe oci:// storageUri), or a registry version recorded with its digest; verify the digest when loading.',
  references: [
    'https://genai.owasp.org/llmrisk/llm032025-supply-chain/',
    'https://atlas.mitre.org/mitigations/AML.M0014',
    'https://kserve.github.io/website/docs/model-serving/storage/providers/oci',
  ],
  sections: [...WORKLOAD_SECTIONS],
  evaluate: (inventory) =>
    judgeEndpoints(inventory, (endpoint) =>
      judgeEndpointEvidence(endpoint, endpoint.model, (model, name) => {
        const label = model.name ?? model.source ?? 'the model'
        const pin = model.digest ?? model.revision
        if (pin !== undefined) {
          if (IMMUTABLE.test(pin))
            return { status: 'pass', detail: `${name} serves ${label} pinned to ${pin}.` }
          if (MOVING_REFERENCES.has(pin.toLowerCase()))
            return { status: 'fail', detail: `${name} serves ${label} at the moving reference ${pin}.` }
        }
        const version = model.version ?? pin
        if (version !== undefined && !MOVING_REFERENCES.has(version.toLowerCase()))
          return { status: 'pass', detail: `${name} serves ${label} at version ${version}.` }
        if (version !== undefined)
          return { status: 'fail', detail: `${name} serves ${label} at the moving reference ${version}.` }
        return {
          status: 'fail',
          detail: `${name} serves ${label} with no version, revision or digest recorded.`,
        }
      }),
    ),
}

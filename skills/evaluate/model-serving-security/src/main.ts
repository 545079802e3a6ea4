/** model-serving-security: the AI model serving baseline over serving config files, Kubernetes manifests or a live cluster, as Compliance Findings. */
import { timeOption } from '#shared/cli/index.ts'
import {
  addClusterOptions,
  type LiveClusterOptions,
  type PostureOptions,
  runPostureSkill,
} from '#shared/posture/index.ts'
import { MODEL_SERVING_BASELINE } from './benchmark.ts'
import { CONTROLS } from './controls/index.ts'
import type { ServingInventory } from './endpoint.ts'

interface Options extends PostureOptions, LiveClusterOptions {
  evaluatedAt?: number
}

await runPostureSkill<Options, ServingInventory>({
  name: 'model-serving-security',
  description:
    'Evaluate AI model serving endpoints (authentication, hard-coded keys, authorisation, rate and token limits, guardrails, log redaction, container privileges, TLS, public exposure, model pinning) from a serving config file, KServe and Kubernetes manifests, or a live cluster (read-only list calls). Emits OCSF Compliance Findings (2003) with MITRE ATLAS and ATT&CK.',
  benchmark: MODEL_SERVING_BASELINE,
  controls: CONTROLS,
  configure: (command) =>
    addClusterOptions(command).option(
      '--evaluated-at <time>',
      'the time the findings carry, RFC 3339 (default: now); pass it for reproducible output',
      timeOption,
    ),
  // The readers (YAML, config schema, Kubernetes client) load when there is input to read: --help and --version start fast.
  load: async (options, inputs, progress, reporter) => {
    const { loadEndpoints } = await import('./load-endpoints.ts')
    return loadEndpoints(options, inputs, progress, reporter, options.evaluatedAt ?? Date.now())
  },
})

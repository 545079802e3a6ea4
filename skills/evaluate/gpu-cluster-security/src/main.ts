/** gpu-cluster-security: the GPU cluster baseline over GPU cluster config files, Kubernetes manifests or a live cluster, as Compliance Findings. */
import { timeOption } from '#shared/cli/index.ts'
import {
  addClusterOptions,
  type LiveClusterOptions,
  type PostureOptions,
  runPostureSkill,
} from '#shared/posture/index.ts'
import { GPU_CLUSTER_BASELINE } from './benchmark.ts'
import { CONTROLS } from './controls/index.ts'
import type { GpuInventory } from './inventory.ts'

interface Options extends PostureOptions, LiveClusterOptions {
  evaluatedAt?: number
}

await runPostureSkill<Options, GpuInventory>({
  name: 'gpu-cluster-security',
  description:
    'Evaluate a Kubernetes GPU cluster (privileged and raw-device GPU access, host IPC, NVIDIA driver CVEs, CUDA support, RDMA tenant isolation, network policies, shared memory, encrypted weights, tenancy, GPU quotas, DCGM monitoring, audit logging) from a GPU cluster config file, manifests, `kubectl get -o json` output or a live cluster (read-only list calls). Emits OCSF Compliance Findings (2003) with MITRE ATT&CK and ATLAS.',
  benchmark: GPU_CLUSTER_BASELINE,
  controls: CONTROLS,
  configure: (command) =>
    addClusterOptions(command).option(
      '--evaluated-at <time>',
      'the time the findings carry and driver branches and CUDA versions are judged at, RFC 3339 (default: now)',
      timeOption,
    ),
  // The readers (YAML, config schema, Kubernetes client) load when there is input to read: --help and --version start fast.
  load: async (options, inputs, progress, reporter) => {
    const { loadInventory } = await import('./load-inventory.ts')
    return loadInventory(options, inputs, progress, reporter, options.evaluatedAt ?? Date.now())
  },
})

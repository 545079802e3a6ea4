/** k8s-security-benchmark: CIS Kubernetes Benchmark checks over manifests, `kubectl get -o json` or a live cluster, as Compliance Findings. */
import { timeOption } from '#shared/cli/index.ts'
import { addClusterOptions, type PostureOptions, runPostureSkill } from '#shared/posture/index.ts'
import { CIS_KUBERNETES } from './benchmark.ts'
import { CONTROLS } from './controls/index.ts'
import type { Inventory } from './inventory.ts'
import type { InventoryOptions } from './load-inventory.ts'

interface Options extends PostureOptions, InventoryOptions {
  evaluatedAt?: number
}

await runPostureSkill<Options, Inventory>({
  name: 'k8s-security-benchmark',
  description:
    'Evaluate Kubernetes workloads, RBAC, NetworkPolicies and the API server against the CIS Kubernetes Benchmark v1.9.0 from manifests, `kubectl get -o json` output or a live cluster (read-only list calls). Emits OCSF Compliance Findings (2003) with MITRE ATT&CK.',
  benchmark: CIS_KUBERNETES,
  controls: CONTROLS,
  configure: (command) =>
    addClusterOptions(command)
      .option(
        '--apiserver-cmdline <file>',
        'the kube-apiserver command line (ps output, /proc/PID/cmdline or its systemd unit) for 1.2.27',
      )
      .option(
        '--evaluated-at <time>',
        'the time the findings carry, RFC 3339 (default: now); pass it for reproducible output',
        timeOption,
      ),
  // The readers (YAML, Kubernetes client) load when there is input to read: --help and --version start fast.
  load: async (options, inputs, progress, reporter) => {
    const { loadInventory } = await import('./load-inventory.ts')
    return loadInventory(options, inputs, progress, reporter, options.evaluatedAt ?? Date.now())
  },
})

/**
 * Cluster-wide facts: whether DCGM exporter monitors the GPUs (a DaemonSet running it, or the GPU Operator's
 * ClusterPolicy enabling it), and whether the API server writes an audit log (its static pod's flags).
 */
import { asArray, asString, path } from '#shared/json/index.ts'
import { containersOf, type PodContainer, podSpecOf } from '#shared/k8s/index.ts'
import { type Evidence, type K8sObject, known, unknown } from '#shared/posture/index.ts'

const DCGM_EXPORTER = /dcgm-exporter/

/** A DaemonSet that runs DCGM exporter on the nodes it selects. */
export function runsDcgmExporter(object: K8sObject): boolean {
  if (object.kind !== 'DaemonSet') return false
  return containersOf(podSpecOf(object.raw) ?? {}).some((container) =>
    DCGM_EXPORTER.test(asString(container.spec.image) ?? ''),
  )
}

export function monitoringOf(
  daemonSets: readonly K8sObject[],
  clusterPolicies: readonly K8sObject[],
): Evidence<{ deployed: boolean; how: string }> {
  for (const daemonSet of daemonSets) {
    if (runsDcgmExporter(daemonSet))
      return known(
        { deployed: true, how: `DaemonSet ${daemonSet.namespace}/${daemonSet.name} runs DCGM exporter` },
        daemonSet.source.line,
      )
  }
  const [policy] = clusterPolicies
  if (policy !== undefined) {
    // The GPU Operator deploys DCGM exporter unless its ClusterPolicy turns it off.
    const enabled = path(policy.raw, 'spec', 'dcgmExporter', 'enabled') !== false
    return known(
      {
        deployed: enabled,
        how: `ClusterPolicy ${policy.name} ${enabled ? 'deploys' : 'turns off'} DCGM exporter`,
      },
      policy.source.line,
    )
  }
  return known({
    deployed: false,
    how: 'no DaemonSet runs DCGM exporter and no GPU Operator ClusterPolicy deploys it',
  })
}

function flagValue(words: readonly string[], name: string): string | undefined {
  for (const [index, word] of words.entries()) {
    if (word.startsWith(`${name}=`)) return word.slice(name.length + 1)
    if (word === name) return words[index + 1]
  }
  return undefined
}

function commandWords(container: PodContainer): string[] {
  return [...(asArray(container.spec.command) ?? []), ...(asArray(container.spec.args) ?? [])].map(String)
}

function isApiServer(container: PodContainer): boolean {
  return commandWords(container).some((word) => word.endsWith('kube-apiserver'))
}

/** A Pod running kube-apiserver: a control-plane static pod, as kubeadm clusters show them. */
export function runsApiServer(object: K8sObject): boolean {
  return object.kind === 'Pod' && containersOf(podSpecOf(object.raw) ?? {}).some(isApiServer)
}

export function auditLoggingOf(pods: readonly K8sObject[]): Evidence<{ enabled: boolean; how: string }> {
  for (const pod of pods) {
    for (const container of containersOf(podSpecOf(pod.raw) ?? {})) {
      if (!isApiServer(container)) continue
      const words = commandWords(container)
      const logPath = flagValue(words, '--audit-log-path')
      const webhook = flagValue(words, '--audit-webhook-config-file')
      const policy = flagValue(words, '--audit-policy-file')
      const where = `the kube-apiserver of Pod ${pod.namespace}/${pod.name}`
      if (logPath === undefined && webhook === undefined)
        return known(
          { enabled: false, how: `${where} sets neither --audit-log-path nor --audit-webhook-config-file` },
          pod.source.line,
        )
      // Without a policy file the API server records no events at all.
      if (policy === undefined)
        return known(
          { enabled: false, how: `${where} sets no --audit-policy-file, so no event is recorded` },
          pod.source.line,
        )
      const sink = logPath === undefined ? 'an audit webhook' : `--audit-log-path ${logPath}`
      return known(
        { enabled: true, how: `${where} writes to ${sink} under --audit-policy-file ${policy}` },
        pod.source.line,
      )
    }
  }
  return unknown(
    "the input holds no kube-apiserver; on a managed control plane, check that the provider's audit logs (EKS control plane logging, GKE Cloud Audit Logs, AKS diagnostic settings) are on",
  )
}

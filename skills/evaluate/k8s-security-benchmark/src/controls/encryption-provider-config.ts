/** 1.2.27: without --encryption-provider-config, Secrets sit in etcd, its snapshots and backups as plain base64. */
import { flagValue } from '../apiserver-command.ts'
import type { K8sControl } from '../benchmark.ts'
import { scopeOutcome } from '../outcomes.ts'

const FLAG = '--encryption-provider-config'

export const encryptionProviderConfig: K8sControl = {
  id: '1.2.27',
  title: 'Ensure that the --encryption-provider-config argument is set as appropriate',
  severity: 'high',
  attacks: ['T1552.001'],
  requirements: ['NIST CSF 2.0 PR.DS-01', 'SOC 2 CC6.1'],
  remediation:
    'Write an EncryptionConfiguration whose first provider for secrets is kms (v2), aescbc or secretbox, set --encryption-provider-config=<file> in /etc/kubernetes/manifests/kube-apiserver.yaml, then rewrite every Secret (kubectl get secrets -A -o json | kubectl replace -f -) so existing ones are encrypted too.',
  references: ['https://kubernetes.io/docs/tasks/administer-cluster/encrypt-data/'],
  sections: ['pods'],
  evaluate(inventory) {
    if (inventory.apiServers.length === 0) {
      return [
        scopeOutcome(inventory, {
          status: 'not-applicable',
          detail:
            'The input holds no kube-apiserver static pod or command line (--apiserver-cmdline); on a managed control plane check the provider setting instead (EKS secrets encryption, GKE application-layer secrets encryption, AKS KMS).',
        }),
      ]
    }
    return inventory.apiServers.map((command) => {
      const value = flagValue(command.args, FLAG)
      const configured = value !== undefined && value.length > 0
      return {
        status: configured ? 'pass' : 'fail',
        detail: configured
          ? `kube-apiserver sets ${FLAG}=${value}.`
          : `kube-apiserver runs without ${FLAG}: Secrets are stored unencrypted in etcd.`,
        resource: command.resource,
        logSource: command.source.file,
        line: command.source.line,
      }
    })
  },
}

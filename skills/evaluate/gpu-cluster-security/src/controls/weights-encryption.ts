/**
 * GPU-9: model weights and checkpoints are the most valuable data a GPU cluster holds; on an unencrypted
 * volume a detached disk, a snapshot or a decommissioned drive gives them away.
 */
import { judgeEvidence } from '#shared/posture/index.ts'
import { type GpuControl, WORKLOAD_SECTIONS } from '../benchmark.ts'
import { judgeEach, NO_GPU_WORKLOADS } from '../outcomes.ts'

export const weightsEncryption: GpuControl = {
  id: 'GPU-9',
  title: 'Volumes that hold model weights are encrypted at rest',
  severity: 'high',
  attacks: ['AML.T0035', 'T1530'],
  requirements: ['NIST CSF 2.0 PR.DS-01', 'SOC 2 CC6.1'],
  remediation:
    'Use a StorageClass that encrypts (EBS encrypted: "true" with kmsKeyId; Ceph RBD or Longhorn encrypted: "true"; a customer-managed key on GCE PD or Azure Disk) for every volume that holds weights or checkpoints, and move existing data onto it.',
  references: [
    'https://github.com/kubernetes-sigs/aws-ebs-csi-driver/blob/master/docs/parameters.md',
    'https://cloud.google.com/kubernetes-engine/docs/how-to/using-cmek',
    'https://learn.microsoft.com/en-us/azure/aks/azure-disk-customer-managed-keys',
    'https://github.com/ceph/ceph-csi/blob/devel/docs/deploy-rbd.md',
  ],
  sections: [...WORKLOAD_SECTIONS, 'persistentvolumeclaims', 'persistentvolumes', 'storageclasses'],
  evaluate: (inventory) =>
    judgeEach(inventory, inventory.workloads, NO_GPU_WORKLOADS, (workload) => {
      const name = `${workload.kind} ${workload.name}`
      return judgeEvidence(name, workload.storage, (volumes) => {
        const plain = volumes.filter((volume) => volume.encrypted === false)
        const undecided = volumes.filter((volume) => volume.encrypted === undefined)
        const describe = (list: typeof volumes) =>
          list.map((volume) => `volume ${volume.volume}: ${volume.how}`).join('; ')
        if (plain.length > 0)
          return { status: 'fail', detail: `${name} stores data unencrypted: ${describe(plain)}.` }
        if (undecided.length > 0) return { status: 'unknown', detail: `${name}: ${describe(undecided)}.` }
        return { status: 'pass', detail: `${name}: ${describe(volumes)}.` }
      })
    }),
}

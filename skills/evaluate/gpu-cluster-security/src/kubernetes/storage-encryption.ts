/**
 * Whether the volumes a GPU workload mounts (where model weights and checkpoints live) are encrypted at rest:
 * a claim is followed to its PersistentVolume or StorageClass, and the provisioner's own encryption parameter
 * decides, as each CSI driver documents it. A provisioner this table does not know is unknown, not a pass.
 */
import { asArray, asObject, asString, type JsonObject, path } from '#shared/json/index.ts'
import { labelsOf } from '#shared/k8s/index.ts'
import type { K8sObject } from '#shared/posture/index.ts'
import type { VolumeEncryption } from '../inventory.ts'

type Parameters = Readonly<Record<string, string>>

interface ProvisionerRule {
  /** true or false when the parameters decide; undefined when encryption is set outside Kubernetes. */
  judge(parameters: Parameters): { encrypted?: boolean; how: string }
}

function parameterSwitch(name: string, what: string): ProvisionerRule {
  return {
    judge: (parameters) =>
      parameters[name]?.toLowerCase() === 'true'
        ? { encrypted: true, how: `${what} with ${name}: "true"` }
        : { encrypted: false, how: `${what} without ${name}: "true"` },
  }
}

const EBS: ProvisionerRule = {
  judge: (parameters) =>
    parameters.encrypted?.toLowerCase() === 'true'
      ? {
          encrypted: true,
          how: `EBS volumes encrypted${parameters.kmsKeyId === undefined ? '' : ' with a KMS key'}`,
        }
      : {
          encrypted: false,
          how: 'EBS volumes without encrypted: "true" (encrypted only if the account turns on EBS encryption by default)',
        },
}

/** Google and Azure encrypt every disk at rest with platform keys; a customer key is a further option. */
const GOOGLE_DISK: ProvisionerRule = {
  judge: (parameters) => ({
    encrypted: true,
    how: `Persistent Disks, encrypted by Google${parameters['disk-encryption-kms-key'] === undefined ? '' : ' with a customer-managed key'}`,
  }),
}

const AZURE_DISK: ProvisionerRule = {
  judge: (parameters) => ({
    encrypted: true,
    how: `Azure managed disks, encrypted at rest${parameters.diskEncryptionSetID === undefined ? ' with platform keys' : ' with a customer-managed key'}`,
  }),
}

/** Local and host-path provisioners store on the node's own disk: its encryption is not a Kubernetes setting. */
const NODE_DISK: ProvisionerRule = {
  judge: () => ({ how: "the node's own disk, whose encryption is not visible in Kubernetes" }),
}

const PROVISIONERS: Readonly<Record<string, ProvisionerRule>> = {
  'ebs.csi.aws.com': EBS,
  'kubernetes.io/aws-ebs': EBS,
  'pd.csi.storage.gke.io': GOOGLE_DISK,
  'kubernetes.io/gce-pd': GOOGLE_DISK,
  'disk.csi.azure.com': AZURE_DISK,
  'kubernetes.io/azure-disk': AZURE_DISK,
  'efs.csi.aws.com': {
    judge: () => ({ how: 'EFS, whose encryption is chosen when the file system is created' }),
  },
  'rbd.csi.ceph.com': parameterSwitch('encrypted', 'Ceph RBD volumes'),
  'cephfs.csi.ceph.com': parameterSwitch('encrypted', 'CephFS volumes'),
  'driver.longhorn.io': parameterSwitch('encrypted', 'Longhorn volumes'),
  'rancher.io/local-path': NODE_DISK,
  'kubernetes.io/no-provisioner': NODE_DISK,
  'hostpath.csi.k8s.io': NODE_DISK,
}

export interface StorageObjects {
  readonly claims: readonly K8sObject[]
  readonly volumes: readonly K8sObject[]
  readonly classes: readonly K8sObject[]
}

function judgeProvisioner(
  volume: string,
  provisioner: string,
  parameters: Parameters,
  via: string,
): VolumeEncryption {
  const rule = PROVISIONERS[provisioner]
  if (rule === undefined)
    return {
      volume,
      how: `${via}: the encryption settings of provisioner ${provisioner} are not known to this check`,
    }
  const { encrypted, how } = rule.judge(parameters)
  return { volume, encrypted, how: `${via}: ${how}` }
}

function defaultClass(classes: readonly K8sObject[]): K8sObject | undefined {
  return classes.find(
    (storageClass) =>
      labelsOf(path(storageClass.raw, 'metadata', 'annotations'))[
        'storageclass.kubernetes.io/is-default-class'
      ] === 'true',
  )
}

function judgeClass(
  volume: string,
  className: string | undefined,
  storage: StorageObjects,
  via: string,
): VolumeEncryption {
  const storageClass =
    className === undefined
      ? defaultClass(storage.classes)
      : storage.classes.find((found) => found.name === className)
  if (storageClass === undefined) {
    const missing = className === undefined ? 'the default StorageClass' : `StorageClass ${className}`
    return { volume, how: `${via}: ${missing} is not in the input` }
  }
  const provisioner = asString(path(storageClass.raw, 'provisioner')) ?? '(none)'
  return judgeProvisioner(
    volume,
    provisioner,
    labelsOf(path(storageClass.raw, 'parameters')),
    `${via}, StorageClass ${storageClass.name}`,
  )
}

/** A bound PersistentVolume says what was provisioned; a CSI volume carries the parameters it was made with. */
function judgeVolume(
  volume: string,
  persistent: K8sObject,
  storage: StorageObjects,
  via: string,
): VolumeEncryption {
  const csi = asObject(path(persistent.raw, 'spec', 'csi'))
  const driver = asString(csi?.driver)
  const className = asString(path(persistent.raw, 'spec', 'storageClassName'))
  if (driver !== undefined && className === undefined)
    return judgeProvisioner(
      volume,
      driver,
      labelsOf(csi?.volumeAttributes),
      `${via}, PersistentVolume ${persistent.name}`,
    )
  return judgeClass(volume, className, storage, `${via}, PersistentVolume ${persistent.name}`)
}

function judgeClaim(
  volume: string,
  claimName: string,
  namespace: string,
  storage: StorageObjects,
): VolumeEncryption {
  const claim = storage.claims.find((found) => found.name === claimName && found.namespace === namespace)
  if (claim === undefined) return { volume, how: `PersistentVolumeClaim ${claimName} is not in the input` }
  const via = `PersistentVolumeClaim ${claimName}`
  const volumeName = asString(path(claim.raw, 'spec', 'volumeName'))
  const bound =
    volumeName === undefined ? undefined : storage.volumes.find((found) => found.name === volumeName)
  if (bound !== undefined) return judgeVolume(volume, bound, storage, via)
  return judgeClass(volume, asString(path(claim.raw, 'spec', 'storageClassName')), storage, via)
}

/** Volume kinds that never hold weights worth encrypting here: scratch space and injected configuration. */
const NOT_STORAGE = new Set(['emptyDir', 'configMap', 'secret', 'projected', 'downwardAPI'])

/** Every volume of the pod spec (and a StatefulSet's claim templates) that may hold model weights. */
export function storageOf(
  podSpec: JsonObject,
  claimTemplates: readonly unknown[],
  namespace: string,
  storage: StorageObjects,
): VolumeEncryption[] {
  const judged: VolumeEncryption[] = []
  for (const item of asArray(podSpec.volumes) ?? []) {
    const volume = asObject(item)
    const name = asString(volume?.name) ?? '(unnamed)'
    const claim = asString(path(volume, 'persistentVolumeClaim', 'claimName'))
    const ephemeral = asObject(path(volume, 'ephemeral', 'volumeClaimTemplate', 'spec'))
    const hostPath = asString(path(volume, 'hostPath', 'path'))
    if (claim !== undefined) judged.push(judgeClaim(name, claim, namespace, storage))
    else if (ephemeral !== undefined)
      judged.push(judgeClass(name, asString(ephemeral.storageClassName), storage, 'ephemeral volume'))
    else if (hostPath !== undefined && !hostPath.startsWith('/dev'))
      judged.push({
        volume: name,
        how: `hostPath ${hostPath} is the node's own disk, whose encryption is not visible in Kubernetes`,
      })
    else if (
      volume !== undefined &&
      !Object.keys(volume).some((key) => NOT_STORAGE.has(key) || key === 'hostPath')
    )
      judged.push({ volume: name, how: `volume ${name}'s type is not one this check reads` })
  }
  for (const template of claimTemplates) {
    const name = asString(path(template, 'metadata', 'name')) ?? '(unnamed)'
    judged.push(
      judgeClass(
        name,
        asString(path(template, 'spec', 'storageClassName')),
        storage,
        'volume claim template',
      ),
    )
  }
  return judged
}

/** GPU-9: volumes that hold model weights, followed to their StorageClass or PersistentVolume. */
import { describe, expect, it } from 'vitest'
import { weightsEncryption } from '../../src/controls/weights-encryption.ts'
import { gpuContainer, gpuJob, onlyOutcome } from '../inventory-of.ts'

const job = (volumes: string) => gpuJob(`${gpuContainer()}\nvolumes: ${volumes}`)
const claim = (spec: string) => `apiVersion: v1
kind: PersistentVolumeClaim
metadata: {name: weights, namespace: team-a}
spec: ${spec}
---
`
const storageClass = (
  name: string,
  provisioner: string,
  parameters = '{}',
  annotations = '{}',
) => `apiVersion: storage.k8s.io/v1
kind: StorageClass
metadata: {name: ${name}, annotations: ${annotations}}
provisioner: ${provisioner}
parameters: ${parameters}
---
`
const WEIGHTS = job('[{name: weights, persistentVolumeClaim: {claimName: weights}}]')

describe('GPU-9 weights encrypted at rest', () => {
  it.each([
    [
      'EBS with encrypted "true"',
      storageClass(
        'gp3',
        'ebs.csi.aws.com',
        '{encrypted: "true", kmsKeyId: "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"}',
      ),
      'pass',
    ],
    ['EBS without it', storageClass('gp3', 'ebs.csi.aws.com', '{type: gp3}'), 'fail'],
    ['a GCE persistent disk', storageClass('gp3', 'pd.csi.storage.gke.io'), 'pass'],
    ['an Azure disk', storageClass('gp3', 'disk.csi.azure.com'), 'pass'],
    ['Ceph RBD without encryption', storageClass('gp3', 'rbd.csi.ceph.com'), 'fail'],
    ['Longhorn with encryption', storageClass('gp3', 'driver.longhorn.io', '{encrypted: "true"}'), 'pass'],
    ['local-path', storageClass('gp3', 'rancher.io/local-path'), 'unknown'],
    ['an unknown provisioner', storageClass('gp3', 'example.com/fancy'), 'unknown'],
  ])('%s', (_name, classes, expected) => {
    expect(
      onlyOutcome(weightsEncryption, `${classes}${claim('{storageClassName: gp3}')}${WEIGHTS}`).status,
    ).toBe(expected)
  })

  it('uses the default StorageClass for a claim that names none', () => {
    const classes = storageClass(
      'standard',
      'ebs.csi.aws.com',
      '{encrypted: "true"}',
      '{storageclass.kubernetes.io/is-default-class: "true"}',
    )
    expect(onlyOutcome(weightsEncryption, `${classes}${claim('{}')}${WEIGHTS}`).status).toBe('pass')
  })

  it('follows a bound PersistentVolume to its CSI attributes', () => {
    const volume = `apiVersion: v1
kind: PersistentVolume
metadata: {name: pv-1}
spec: {csi: {driver: ebs.csi.aws.com, volumeHandle: vol-1, volumeAttributes: {encrypted: "false"}}}
---
`
    expect(onlyOutcome(weightsEncryption, `${volume}${claim('{volumeName: pv-1}')}${WEIGHTS}`)).toEqual({
      status: 'fail',
      detail:
        'Job team-a/train stores data unencrypted: volume weights: PersistentVolumeClaim weights, PersistentVolume pv-1: EBS volumes without encrypted: "true" (encrypted only if the account turns on EBS encryption by default).',
    })
  })

  it.each([
    ['a claim not in the input', WEIGHTS, 'unknown'],
    ['a host path', job('[{name: models, hostPath: {path: /models}}]'), 'unknown'],
    [
      'an ephemeral volume',
      `${storageClass('gp3', 'ebs.csi.aws.com')}${job('[{name: scratch, ephemeral: {volumeClaimTemplate: {spec: {storageClassName: gp3}}}}]')}`,
      'fail',
    ],
    [
      'only scratch space and configuration',
      job('[{name: shm, emptyDir: {medium: Memory, sizeLimit: 1Gi}}, {name: cfg, configMap: {name: c}}]'),
      'not-applicable',
    ],
  ])('%s', (_name, yaml, expected) => {
    expect(onlyOutcome(weightsEncryption, yaml).status).toBe(expected)
  })

  it("judges a StatefulSet's claim templates", () => {
    const statefulSet = `${storageClass('gp3', 'pd.csi.storage.gke.io')}apiVersion: apps/v1
kind: StatefulSet
metadata: {name: serve, namespace: team-a}
spec:
  template: {spec: {${gpuContainer()}}}
  volumeClaimTemplates: [{metadata: {name: cache}, spec: {storageClassName: gp3}}]
`
    expect(onlyOutcome(weightsEncryption, statefulSet).status).toBe('pass')
  })

  it.each([
    ['{encrypted: true, kms_key: "arn:aws:kms:eu-west-1:111122223333:key/example"}', 'pass'],
    ['{encrypted: false}', 'fail'],
  ])('config model_storage %s is %s', (storage, expected) => {
    expect(
      onlyOutcome(weightsEncryption, `workloads:\n  - {name: train, model_storage: ${storage}}\n`).status,
    ).toBe(expected)
  })
})

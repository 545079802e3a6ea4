/**
 * 5.5.1: image provenance can only vouch for an image whose reference names one content. `latest`, or no
 * tag at all, is whatever was pushed last: a different image on each node pull, and one an attacker with
 * registry write access can replace without touching the cluster.
 */
import { asString } from '#shared/json/index.ts'
import { containerLabel, parseImageReference, pinningOf } from '#shared/posture/index.ts'
import { type K8sControl, WORKLOAD_SECTIONS } from '../benchmark.ts'
import { judgeProblems, judgeWorkloads } from '../outcomes.ts'

export const imageProvenance: K8sControl = {
  id: '5.5.1',
  title: 'Configure Image Provenance using ImagePolicyWebhook admission controller',
  severity: 'medium',
  attacks: ['T1525', 'T1204.003'],
  requirements: ['NIST CSF 2.0 PR.PS-01', 'SOC 2 CC8.1'],
  remediation:
    'Reference every image by digest (image@sha256:...) or at least by a release tag, never latest or no tag; enforce it and image signatures with an admission controller (ImagePolicyWebhook, Kyverno, Gatekeeper, Sigstore policy-controller).',
  references: ['https://kubernetes.io/docs/concepts/containers/images/#image-names'],
  sections: [...WORKLOAD_SECTIONS],
  evaluate: (inventory) =>
    judgeWorkloads(inventory, (workload) => {
      const problems: string[] = []
      for (const container of workload.containers) {
        const image = asString(container.spec.image)
        const reference = image === undefined ? undefined : parseImageReference(image)
        if (reference === undefined) {
          problems.push(`${containerLabel(container)} has no valid image reference`)
          continue
        }
        const pinning = pinningOf(reference)
        if (pinning === 'latest') problems.push(`${containerLabel(container)} runs ${image} (latest)`)
        if (pinning === 'untagged')
          problems.push(`${containerLabel(container)} runs ${image} (no tag, so latest)`)
      }
      return judgeProblems(
        workload,
        problems,
        (list) => `${list}.`,
        'every image is referenced by a tag or digest other than latest.',
      )
    }),
}

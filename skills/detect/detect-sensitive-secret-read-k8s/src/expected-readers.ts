/**
 * Who reads secrets as part of running the cluster. These reads are the cluster working, not an
 * intruder browsing, so no rule reports them. The list is exact on purpose: other kube-system service
 * accounts (coredns, kube-proxy, CNI agents) never need a secret, so a read by one of them is reported.
 */

/** Exact usernames, each with the reason it reads secrets. */
export const EXPECTED_SECRET_READERS: ReadonlyMap<string, string> = new Map([
  [
    'system:kube-controller-manager',
    'its shared informers list and watch every secret for the token, garbage-collection and quota controllers',
  ],
  [
    'system:serviceaccount:kube-system:namespace-controller',
    'lists and deletes every object, secrets included, of a namespace being deleted',
  ],
  [
    'system:serviceaccount:kube-system:generic-garbage-collector',
    'reads objects of every resource to delete those whose owners are gone',
  ],
  [
    'system:serviceaccount:kube-system:resourcequota-controller',
    'lists secrets to count them against resource quotas',
  ],
  [
    'system:serviceaccount:kube-system:legacy-service-account-token-cleaner',
    'reads service-account token secrets to remove the unused ones',
  ],
  [
    'system:serviceaccount:kube-system:bootstrap-signer',
    'reads bootstrap-token secrets in kube-system to sign the cluster-info config map',
  ],
  [
    'system:serviceaccount:kube-system:token-cleaner',
    'reads bootstrap-token secrets in kube-system to delete the expired ones',
  ],
  [
    'system:serviceaccount:kube-system:persistent-volume-binder',
    'reads the secrets a storage class names for its volume provisioner',
  ],
  [
    'system:serviceaccount:kube-system:expand-controller',
    'reads the secrets a storage class names to expand volumes',
  ],
  [
    'system:serviceaccount:kube-system:kube-state-metrics',
    'exports secret metadata as metrics; its upstream manifests run it in kube-system with list and watch on secrets',
  ],
])

/** Username prefixes, each with the reason. */
export const EXPECTED_SECRET_READER_PREFIXES: ReadonlyMap<string, string> = new Map([
  [
    'system:node:',
    'a kubelet fetches the secrets its pods mount; the Node authorizer limits it to the secrets of pods bound to its node',
  ],
])

/**
 * Helm 3 keeps each release in a secret labelled owner=helm and lists them with that selector on every
 * helm command; those lists are deployments, not credential hunting.
 */
export const HELM_RELEASE_LABEL = 'owner=helm'

export function isExpectedReader(username: string | undefined, allowedReaders: ReadonlySet<string>): boolean {
  if (username === undefined) return false
  if (EXPECTED_SECRET_READERS.has(username) || allowedReaders.has(username)) return true
  for (const prefix of EXPECTED_SECRET_READER_PREFIXES.keys()) {
    if (username.startsWith(prefix)) return true
  }
  return false
}

/** A list or watch narrowed to Helm's release records by its label selector. */
export function isHelmReleaseList(labelSelector: string | null): boolean {
  if (labelSelector === null) return false
  return labelSelector
    .split(',')
    .map((requirement) => requirement.trim())
    .includes(HELM_RELEASE_LABEL)
}

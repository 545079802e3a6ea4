/**
 * Files inside a container that hold credentials. A command that names one, run through exec, reads a
 * secret without touching the secrets API: the usual way a stolen kubectl session takes a pod's identity.
 */

export interface CredentialFile {
  /** A part of the path that identifies the file wherever the image puts its home directory. */
  readonly fragment: string
  readonly kind: string
}

export const CREDENTIAL_FILES: readonly CredentialFile[] = [
  // Matches /var/run/... and /run/...: /var/run is a link to /run in every current image.
  {
    fragment: '/run/secrets/kubernetes.io/serviceaccount',
    kind: 'the pod’s service-account token',
  },
  {
    fragment: '/run/secrets/eks.amazonaws.com/serviceaccount',
    kind: 'an EKS IAM roles for service accounts token, exchanged with AWS STS for the role',
  },
  {
    fragment: '/run/secrets/pods.eks.amazonaws.com/serviceaccount',
    kind: 'an EKS Pod Identity token, exchanged for the role’s AWS credentials',
  },
  {
    fragment: '/run/secrets/azure/tokens',
    kind: 'an Azure workload identity token, exchanged with Microsoft Entra ID',
  },
  { fragment: '/.aws/credentials', kind: 'AWS access keys' },
  { fragment: '/.config/gcloud', kind: 'Google Cloud credentials' },
  { fragment: '/.azure/', kind: 'Azure CLI tokens' },
  { fragment: '/.kube/config', kind: 'a kubeconfig' },
  { fragment: '/.docker/config.json', kind: 'registry credentials' },
  { fragment: '/.ssh/id_', kind: 'an SSH private key' },
]

/** The first credential file a command line names, or undefined. */
export function credentialFileIn(commandLine: string): CredentialFile | undefined {
  return CREDENTIAL_FILES.find((file) => commandLine.includes(file.fragment))
}

/**
 * MS-9, MS-10 and MS-11: the model server parses untrusted input all day; what its container may do decides
 * whether a parser bug stays in the container. Privileged containers own the node (and its GPUs), a writable
 * root lets an intruder replace the server or the weights it loaded, and root makes every escape easier.
 */
import { type ServingControl, WORKLOAD_SECTIONS } from '../benchmark.ts'
import type { ContainerSettings } from '../endpoint.ts'
import { judgeEndpointEvidence, judgeEndpoints } from '../outcomes.ts'

const REQUIREMENTS = ['NIST CSF 2.0 PR.PS-01', 'NIST CSF 2.0 PR.AA-05', 'SOC 2 CC6.1']
const POD_SECURITY = 'https://kubernetes.io/docs/concepts/security/pod-security-standards/'

function containerControl(
  id: string,
  title: string,
  offending: (settings: ContainerSettings) => readonly string[],
  failWhat: string,
  passWhat: string,
): Omit<ServingControl, 'severity' | 'attacks' | 'remediation' | 'requirements'> {
  return {
    id,
    title,
    references: [POD_SECURITY, 'https://kubernetes.io/docs/tasks/configure-pod-container/security-context/'],
    sections: [...WORKLOAD_SECTIONS],
    evaluate: (inventory) =>
      judgeEndpoints(inventory, (endpoint) =>
        judgeEndpointEvidence(endpoint, endpoint.containers, (settings, name) => {
          const found = offending(settings)
          return found.length === 0
            ? { status: 'pass', detail: `${name}: ${passWhat}.` }
            : { status: 'fail', detail: `${name}: ${failWhat}: ${found.join(', ')}.` }
        }),
      ),
  }
}

export const privilegedContainers: ServingControl = {
  ...containerControl(
    'MS-9',
    'Model server containers do not run privileged',
    (settings) => settings.privileged,
    'runs privileged',
    'no container runs privileged',
  ),
  severity: 'critical',
  attacks: ['T1611', 'AML.T0105'],
  requirements: REQUIREMENTS,
  remediation:
    "Remove privileged: true; GPUs reach the container through the device plugin's resource request (nvidia.com/gpu), which needs no privilege.",
}

export const readOnlyRoot: ServingControl = {
  ...containerControl(
    'MS-10',
    'Model server containers have a read-only root filesystem',
    (settings) => settings.writableRoot,
    'writable root filesystem',
    'every container has a read-only root filesystem',
  ),
  severity: 'medium',
  attacks: ['T1105', 'AML.T0018'],
  requirements: REQUIREMENTS,
  remediation:
    'Set readOnlyRootFilesystem: true and mount what the server must write (model cache, /tmp) as emptyDir volumes; load weights from a read-only volume.',
}

export const nonRootUser: ServingControl = {
  ...containerControl(
    'MS-11',
    'Model server containers run as a non-root user',
    (settings) => settings.maybeRoot,
    'may run as root (uid 0, or no runAsNonRoot / non-zero runAsUser)',
    'every container runs as a non-root user',
  ),
  severity: 'medium',
  attacks: ['T1611', 'T1068'],
  requirements: REQUIREMENTS,
  remediation: 'Set runAsNonRoot: true and a non-zero runAsUser in the pod or container securityContext.',
}

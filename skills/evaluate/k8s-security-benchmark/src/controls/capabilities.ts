/**
 * 5.2.8 to 5.2.10: Linux capabilities. Container runtimes grant a default set, NET_RAW among them (packet
 * crafting, ARP and DNS spoofing on the pod network); added ones such as SYS_ADMIN open escapes to the node.
 */

import {
  addedCapabilities,
  containerLabel,
  droppedCapabilities,
  isPrivilegedContainer,
} from '#shared/posture/index.ts'
import { type K8sControl, WORKLOAD_SECTIONS } from '../benchmark.ts'
import { judgeProblems, judgeWorkloads } from '../outcomes.ts'

/** The one capability the restricted Pod Security Standard lets a container add: binding ports below 1024. */
const ALLOWED_ADDITIONS = new Set(['NET_BIND_SERVICE'])

const REFERENCES = ['https://kubernetes.io/docs/concepts/security/pod-security-standards/']
const REQUIREMENTS = ['NIST CSF 2.0 PR.PS-01', 'NIST CSF 2.0 PR.AA-05', 'SOC 2 CC6.1']

export const netRawCapability: K8sControl = {
  id: '5.2.8',
  title: 'Minimize the admission of containers with the NET_RAW capability',
  severity: 'low',
  attacks: ['T1557', 'T1040'],
  requirements: REQUIREMENTS,
  remediation: 'Drop NET_RAW (or ALL) in securityContext.capabilities.drop, and do not add it back.',
  references: REFERENCES,
  sections: [...WORKLOAD_SECTIONS],
  evaluate: (inventory) =>
    judgeWorkloads(
      inventory,
      (workload) => {
        const holding = workload.containers.filter((container) => {
          const added = addedCapabilities(container)
          if (isPrivilegedContainer(container) || added.includes('NET_RAW') || added.includes('ALL'))
            return true
          const dropped = droppedCapabilities(container)
          return !dropped.includes('NET_RAW') && !dropped.includes('ALL')
        })
        return judgeProblems(
          workload,
          holding.map(containerLabel),
          (list) => `NET_RAW is not dropped for ${list}.`,
          'every container drops NET_RAW.',
        )
      },
      { userNamespacesOnly: true },
    ),
}

export const capabilityAdditions: K8sControl = {
  id: '5.2.9',
  title: 'Minimize the admission of containers with added capabilities',
  severity: 'high',
  attacks: ['T1611'],
  requirements: REQUIREMENTS,
  remediation:
    'Remove securityContext.capabilities.add entries other than NET_BIND_SERVICE; SYS_ADMIN, SYS_PTRACE, SYS_MODULE, NET_ADMIN, DAC_READ_SEARCH and ALL each open a path to the node.',
  references: REFERENCES,
  sections: [...WORKLOAD_SECTIONS],
  evaluate: (inventory) =>
    judgeWorkloads(
      inventory,
      (workload) => {
        const problems: string[] = []
        for (const container of workload.containers) {
          const extra = addedCapabilities(container).filter((name) => !ALLOWED_ADDITIONS.has(name))
          if (extra.length > 0) problems.push(`${containerLabel(container)} adds ${extra.join(', ')}`)
        }
        return judgeProblems(workload, problems, (list) => `${list}.`, 'no container adds capabilities.')
      },
      { userNamespacesOnly: true },
    ),
}

export const capabilitiesDropped: K8sControl = {
  id: '5.2.10',
  title: 'Minimize the admission of containers with capabilities assigned',
  severity: 'low',
  attacks: ['T1611'],
  requirements: REQUIREMENTS,
  remediation:
    'Set securityContext.capabilities.drop: ["ALL"] on every container and add back only NET_BIND_SERVICE where a port below 1024 is needed.',
  references: REFERENCES,
  sections: [...WORKLOAD_SECTIONS],
  evaluate: (inventory) =>
    judgeWorkloads(
      inventory,
      (workload) =>
        judgeProblems(
          workload,
          workload.containers
            .filter((container) => !droppedCapabilities(container).includes('ALL'))
            .map(containerLabel),
          (list) => `capabilities are not dropped (drop: ["ALL"]) for ${list}.`,
          'every container drops ALL capabilities.',
        ),
      { userNamespacesOnly: true },
    ),
}

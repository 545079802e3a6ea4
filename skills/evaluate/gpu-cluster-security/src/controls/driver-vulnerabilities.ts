/**
 * GPU-4: the NVIDIA kernel driver runs in ring 0 and is reachable from every GPU container; its bulletins
 * are mostly local privilege escalations, so an unpatched driver turns any GPU workload into the node.
 */
import { judgeEvidence } from '#shared/posture/index.ts'
import type { GpuControl } from '../benchmark.ts'
import { driverVerdict } from '../driver-status.ts'
import { judgeEach } from '../outcomes.ts'

export const driverVulnerabilities: GpuControl = {
  id: 'GPU-4',
  title: 'GPU nodes run an NVIDIA driver with no known vulnerabilities',
  severity: 'high',
  attacks: ['T1068', 'T1611'],
  requirements: ['NIST CSF 2.0 ID.RA-01', 'NIST CSF 2.0 PR.PS-02', 'SOC 2 CC7.1'],
  remediation:
    "Upgrade the driver to the fixed version of its branch in the newest NVIDIA GPU Display Driver bulletin (or move off a branch past its end of life), for example through the GPU Operator's driver version; then drain and reboot the node.",
  references: [
    'https://www.nvidia.com/en-us/security/',
    'https://nvidia.custhelp.com/app/answers/detail/a_id/5861',
    'https://docs.nvidia.com/datacenter/tesla/drivers/620/supported-drivers-and-cuda-toolkit-versions.html',
  ],
  sections: ['nodes'],
  evaluate: (inventory) =>
    judgeEach(
      inventory,
      inventory.nodes,
      'The input holds no GPU node (no GPU Feature Discovery labels or nvidia.com capacity).',
      (node) => {
        const name = `Node ${node.name}`
        return judgeEvidence(name, node.driverVersion, (version) => {
          const verdict = driverVerdict(version, inventory.evaluatedAt)
          return { status: verdict.status, detail: `${name}: ${verdict.detail}.` }
        })
      },
    ),
}

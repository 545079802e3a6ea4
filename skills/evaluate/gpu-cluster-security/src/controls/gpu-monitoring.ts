/**
 * GPU-12: DCGM exporter publishes per-GPU utilisation, memory, errors and the processes on each GPU; without
 * it a hijacked GPU (mining, an unauthorised job) or a failing one goes unnoticed.
 */
import { type GpuControl, WORKLOAD_SECTIONS } from '../benchmark.ts'
import { judgeCluster } from '../outcomes.ts'

export const gpuMonitoring: GpuControl = {
  id: 'GPU-12',
  title: 'GPU telemetry is collected (DCGM exporter)',
  severity: 'low',
  attacks: ['T1496', 'AML.T0034'],
  requirements: ['NIST CSF 2.0 DE.CM-09', 'SOC 2 CC7.2'],
  remediation:
    'Deploy DCGM exporter on every GPU node (the GPU Operator does unless dcgmExporter.enabled is false) and alert on unexpected utilisation and GPU processes.',
  references: [
    'https://docs.nvidia.com/datacenter/cloud-native/gpu-telemetry/latest/dcgm-exporter.html',
    'https://docs.nvidia.com/datacenter/cloud-native/gpu-operator/latest/getting-started.html',
  ],
  sections: ['nodes', ...WORKLOAD_SECTIONS, 'clusterpolicies'],
  evaluate: (inventory) =>
    judgeCluster(inventory, inventory.monitoring, (monitoring) =>
      monitoring.deployed
        ? { status: 'pass', detail: `GPU telemetry is collected: ${monitoring.how}.` }
        : { status: 'fail', detail: `GPU telemetry is not collected: ${monitoring.how}.` },
    ),
}

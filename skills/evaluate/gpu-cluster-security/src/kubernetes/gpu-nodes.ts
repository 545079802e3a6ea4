/**
 * GPU nodes and their NVIDIA driver version, from the labels GPU Feature Discovery puts on them
 * (`nvidia.com/cuda.driver.major`, `.minor`, `.rev`, or the full `nvidia.com/cuda.driver-version.full`).
 */
import { asObject, path } from '#shared/json/index.ts'
import { labelsOf } from '#shared/k8s/index.ts'
import { type K8sObject, known, unknown } from '#shared/posture/index.ts'
import type { GpuNode } from '../inventory.ts'

/** A node with GPUs: GPU Feature Discovery's labels, or nvidia.com/gpu capacity from the device plugin. */
export function isGpuNode(node: K8sObject): boolean {
  const labels = labelsOf(path(node.raw, 'metadata', 'labels'))
  if (labels['nvidia.com/gpu.present'] === 'true') return true
  if (
    Object.keys(labels).some(
      (label) => label.startsWith('nvidia.com/gpu.') || label.startsWith('nvidia.com/cuda.'),
    )
  )
    return true
  const capacity = asObject(path(node.raw, 'status', 'capacity'))
  return (
    capacity !== undefined && Object.keys(capacity).some((resource) => resource.startsWith('nvidia.com/'))
  )
}

export function gpuNodeOf(node: K8sObject): GpuNode {
  const labels = labelsOf(path(node.raw, 'metadata', 'labels'))
  const full = labels['nvidia.com/cuda.driver-version.full']
  const major = labels['nvidia.com/cuda.driver.major']
  const minor = labels['nvidia.com/cuda.driver.minor']
  const revision = labels['nvidia.com/cuda.driver.rev']
  let driverVersion = unknown<string>(
    'it carries no GPU Feature Discovery driver labels (nvidia.com/cuda.driver.major, .minor, .rev)',
  )
  if (full !== undefined) driverVersion = known(full, node.source.line)
  else if (major !== undefined && minor !== undefined && revision !== undefined)
    driverVersion = known(`${major}.${minor}.${revision}`, node.source.line)
  return {
    resource: node.resource,
    file: node.source.file,
    line: node.source.line,
    name: node.name,
    driverVersion,
  }
}

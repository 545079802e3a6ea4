/**
 * The evaluate layer's shared parts: controls, evaluation to Compliance Findings, snapshots, reports, the
 * harness. The configuration-file readers (config-documents.ts, manifest-objects.ts) are imported from
 * their own modules by the loaders a skill imports when it has input: re-exported here, the YAML parser
 * would load with every posture skill's start.
 */

export { type BuiltInSection, builtInListCalls } from './built-in-lists.ts'
export {
  type ClusterCollection,
  type ClusterConnection,
  type ClusterOptions,
  collectLists,
  connectCluster,
  customPage,
  type KubernetesClient,
  type ListCall,
  listCall,
  PAGE_SIZE,
  typedPage,
} from './cluster-lists.ts'
export {
  addClusterOptions,
  checkClusterOrFiles,
  type LiveClusterOptions,
  liveObjectsOf,
  reportObjects,
} from './cluster-source.ts'
export type { ControlOutcome, PostureControl } from './control.ts'
export { type Evaluation, evaluateControls } from './evaluate-controls.ts'
export {
  type Evidence,
  type EvidenceJudgement,
  judgeEvidence,
  known,
  notApplicable,
  unknown,
} from './evidence.ts'
export { type ImagePinning, type ImageReference, parseImageReference, pinningOf } from './image-reference.ts'
export {
  hasListedController,
  type K8sObject,
  kubernetesObjectOf,
  objectKey,
  type ServedKind,
  type SourcedObject,
  type SourceRef,
} from './kubernetes-objects.ts'
export { isSecretName, type LiteralSecretReason, literalSecretOf } from './literal-secrets.ts'
export { collectionFailed, orNotApplicable } from './outcomes.ts'
export {
  addedCapabilities,
  allowsPrivilegeEscalation,
  containerLabel,
  droppedCapabilities,
  hasReadOnlyRoot,
  isPrivilegedContainer,
  type RootStatus,
  rootStatusOf,
} from './pod-security.ts'
export { createProgress, type Progress, SILENT_PROGRESS } from './progress.ts'
export { isFailure, meetsFailOn, type PostureFormat, selectFindings, toJsonl, toTable } from './report.ts'
export {
  type LoadedSubject,
  type PostureOptions,
  type PostureSkill,
  runPostureSkill,
} from './run-posture-skill.ts'
export { readSnapshot, type SnapshotFile, serialiseSnapshot } from './snapshot-file.ts'
export {
  runSnapshotSkill,
  type SnapshotKind,
  type SnapshotOptions,
  type SnapshotSkill,
  type SnapshotSubject,
  snapshotSubject,
} from './snapshot-skill.ts'
export { compareVersions, isOlderThan, parseVersion } from './versions.ts'
export { asYamlBoolean } from './yaml-boolean.ts'

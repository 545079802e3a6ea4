/** The controls of model-serving-security, in baseline order. */
import type { ServingControl } from '../benchmark.ts'
import { accessControl } from './access-control.ts'
import { authentication } from './authentication.ts'
import { nonRootUser, privilegedContainers, readOnlyRoot } from './container-privileges.ts'
import { contentSafety } from './content-safety.ts'
import { hardCodedCredentials } from './hard-coded-credentials.ts'
import { logRedaction } from './log-redaction.ts'
import { memorisationGuard } from './memorisation-guard.ts'
import { modelVersionTracking } from './model-version-tracking.ts'
import { outputFiltering } from './output-filtering.ts'
import { promptInjectionDetection } from './prompt-injection-detection.ts'
import { publicExposure } from './public-exposure.ts'
import { rateLimiting } from './rate-limiting.ts'
import { requestLimits } from './request-limits.ts'
import { transportEncryption } from './transport-encryption.ts'

export const CONTROLS: readonly ServingControl[] = [
  authentication,
  hardCodedCredentials,
  accessControl,
  rateLimiting,
  requestLimits,
  outputFiltering,
  memorisationGuard,
  logRedaction,
  privilegedContainers,
  readOnlyRoot,
  nonRootUser,
  transportEncryption,
  publicExposure,
  promptInjectionDetection,
  contentSafety,
  modelVersionTracking,
]

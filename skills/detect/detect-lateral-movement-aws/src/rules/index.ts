/** The detector's rules, one line each; the runner refuses duplicate ids at start-up. */
import type { Rule } from '#shared/detect/index.ts'
import type { LateralMovementConfig } from '../config.ts'
import { awsAssumeRoleThenInternalRemoteService } from './aws-assume-role-then-internal-remote-service.ts'

export const RULES: readonly Rule<LateralMovementConfig>[] = [awsAssumeRoleThenInternalRemoteService]

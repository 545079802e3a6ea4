/** The detector's rules, one line each; the runner refuses duplicate ids at start-up. */
import type { Rule } from '#shared/detect/index.ts'
import type { RemoteExecutionConfig } from '../config.ts'
import { awsSsmManyInstances } from './aws-ssm-many-instances.ts'

export const RULES: readonly Rule<RemoteExecutionConfig>[] = [awsSsmManyInstances]

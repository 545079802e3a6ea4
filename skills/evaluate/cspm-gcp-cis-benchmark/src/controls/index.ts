/** Every control of the benchmark this skill evaluates, in the benchmark's order: the one list. */

import type { GcpControl } from '../subject.ts'
import { corporateLoginCredentials } from './1.1.ts'
import { onlyGoogleManagedKeys } from './1.4.ts'
import { serviceAccountNotAdmin } from './1.5.ts'
import { keysRotated } from './1.7.ts'
import { sshRestricted } from './3.6.ts'
import { rdpRestricted } from './3.7.ts'
import { subnetFlowLogs } from './3.8.ts'
import { bucketNotPublic } from './5.1.ts'
import { uniformBucketLevelAccess } from './5.2.ts'

export const CONTROLS: readonly GcpControl[] = [
  corporateLoginCredentials,
  onlyGoogleManagedKeys,
  serviceAccountNotAdmin,
  keysRotated,
  sshRestricted,
  rdpRestricted,
  subnetFlowLogs,
  bucketNotPublic,
  uniformBucketLevelAccess,
]

/** Every control of the benchmark this skill evaluates, in the benchmark's order: the one list. */

import type { AzureControl } from '../subject.ts'
import { secureTransferRequired } from './3.1.ts'
import { publicNetworkAccessDisabled } from './3.7.ts'
import { defaultNetworkAccessDeny } from './3.8.ts'
import { minimumTls12 } from './3.15.ts'
import { blobAnonymousAccessDisabled } from './3.17.ts'
import { rdpRestricted } from './6.1.ts'
import { sshRestricted } from './6.2.ts'
import { flowLogRetention } from './6.5.ts'
import { networkWatcherEnabled } from './6.6.ts'

export const CONTROLS: readonly AzureControl[] = [
  secureTransferRequired,
  publicNetworkAccessDisabled,
  defaultNetworkAccessDeny,
  minimumTls12,
  blobAnonymousAccessDisabled,
  rdpRestricted,
  sshRestricted,
  flowLogRetention,
  networkWatcherEnabled,
]

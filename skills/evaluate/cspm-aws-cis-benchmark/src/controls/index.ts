/** Every control of the benchmark this skill evaluates, in the benchmark's order: the one list. */

import type { AwsControl } from '../subject.ts'
import { noRootAccessKey } from './1.4.ts'
import { rootMfa } from './1.5.ts'
import { rootHardwareMfa } from './1.6.ts'
import { passwordMinimumLength } from './1.8.ts'
import { passwordReusePrevention } from './1.9.ts'
import { consoleUserMfa } from './1.10.ts'
import { unusedCredentialsDisabled } from './1.12.ts'
import { singleActiveAccessKey } from './1.13.ts'
import { accessKeysRotated } from './1.14.ts'
import { permissionsThroughGroups } from './1.15.ts'
import { noFullAdminPolicies } from './1.16.ts'
import { bucketMfaDelete } from './2.1.2.ts'
import { bucketBlockPublicAccess } from './2.1.4.ts'
import { ebsEncryptionByDefault } from './2.2.1.ts'
import { cloudtrailAllRegions } from './3.1.ts'
import { trailLogFileValidation } from './3.2.ts'
import { trailBucketAccessLogging } from './3.4.ts'
import { trailKmsEncryption } from './3.5.ts'
import { vpcFlowLogs } from './3.7.ts'
import { unauthorizedApiCallsMonitored } from './4.1.ts'
import { consoleSignInWithoutMfaMonitored } from './4.2.ts'
import { rootUsageMonitored } from './4.3.ts'
import { iamPolicyChangesMonitored } from './4.4.ts'
import { cloudtrailChangesMonitored } from './4.5.ts'
import { consoleAuthenticationFailuresMonitored } from './4.6.ts'
import { cmkDisableOrDeletionMonitored } from './4.7.ts'
import { bucketPolicyChangesMonitored } from './4.8.ts'
import { configChangesMonitored } from './4.9.ts'
import { securityGroupChangesMonitored } from './4.10.ts'
import { networkAclChangesMonitored } from './4.11.ts'
import { networkGatewayChangesMonitored } from './4.12.ts'
import { routeTableChangesMonitored } from './4.13.ts'
import { vpcChangesMonitored } from './4.14.ts'
import { organizationsChangesMonitored } from './4.15.ts'
import { noAdminPortsFromAnyIpv4 } from './5.2.ts'
import { noAdminPortsFromAnyIpv6 } from './5.3.ts'
import { defaultSecurityGroupClosed } from './5.4.ts'

export const CONTROLS: readonly AwsControl[] = [
  noRootAccessKey,
  rootMfa,
  rootHardwareMfa,
  passwordMinimumLength,
  passwordReusePrevention,
  consoleUserMfa,
  unusedCredentialsDisabled,
  singleActiveAccessKey,
  accessKeysRotated,
  permissionsThroughGroups,
  noFullAdminPolicies,
  bucketMfaDelete,
  bucketBlockPublicAccess,
  ebsEncryptionByDefault,
  cloudtrailAllRegions,
  trailLogFileValidation,
  trailBucketAccessLogging,
  trailKmsEncryption,
  vpcFlowLogs,
  unauthorizedApiCallsMonitored,
  consoleSignInWithoutMfaMonitored,
  rootUsageMonitored,
  iamPolicyChangesMonitored,
  cloudtrailChangesMonitored,
  consoleAuthenticationFailuresMonitored,
  cmkDisableOrDeletionMonitored,
  bucketPolicyChangesMonitored,
  configChangesMonitored,
  securityGroupChangesMonitored,
  networkAclChangesMonitored,
  networkGatewayChangesMonitored,
  routeTableChangesMonitored,
  vpcChangesMonitored,
  organizationsChangesMonitored,
  noAdminPortsFromAnyIpv4,
  noAdminPortsFromAnyIpv6,
  defaultSecurityGroupClosed,
]

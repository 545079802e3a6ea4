/** AWS knowledge shared by detection skills: API calls as OCSF carries them, ARNs, and IAM policy documents. */
export { type Arn, accountOfArn, accountOfPrincipal, iamUserNameOf, parseArn } from './arn.ts'
export { type AwsCall, type AwsCaller, awsCallOf, succeededCallOf } from './cloudtrail-call.ts'
export {
  grantsFullAccess,
  isPublicStatement,
  isRestrictingCondition,
  type PolicyStatement,
  policyStatements,
} from './policy-document.ts'

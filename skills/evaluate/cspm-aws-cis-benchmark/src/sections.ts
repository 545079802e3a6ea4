/**
 * The snapshot sections a whole-section collection failure is reported under (the envelope's `errors`
 * keys). Apart from the snapshot schema so that the controls load without zod.
 */
export const SECTIONS = {
  accountSummary: 'iam.accountSummary',
  passwordPolicy: 'iam.passwordPolicy',
  credentialReport: 'iam.credentialReport',
  virtualMfaDevices: 'iam.virtualMfaDevices',
  users: 'iam.users',
  attachedPolicies: 'iam.attachedPolicies',
  buckets: 's3.buckets',
  regions: 'ec2.regions',
} as const

/**
 * The snapshot sections a whole-section collection failure is reported under (the envelope's `errors`
 * keys). Apart from the snapshot schema so that the controls load without zod.
 */
export const SECTIONS = {
  iamPolicy: 'resourcemanager.projectIamPolicy',
  serviceAccounts: 'iam.serviceAccounts',
  buckets: 'storage.buckets',
  firewalls: 'compute.firewalls',
  subnetworks: 'compute.subnetworks',
} as const

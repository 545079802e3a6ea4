/**
 * The snapshot sections a whole-section collection failure is reported under (the envelope's `errors`
 * keys). Apart from the snapshot schema so that the controls load without zod.
 */
export const SECTIONS = {
  storageAccounts: 'storage.storageAccounts',
  networkSecurityGroups: 'network.networkSecurityGroups',
  networkWatchers: 'network.networkWatchers',
} as const

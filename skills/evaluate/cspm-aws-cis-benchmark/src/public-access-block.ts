/** S3 Block Public Access: which of its four settings are off. */
import type { PublicAccessBlock } from './snapshot.ts'

/** Each setting with the name the S3 console and API give it. */
const SETTINGS: ReadonlyArray<readonly [keyof PublicAccessBlock, string]> = [
  ['blockPublicAcls', 'BlockPublicAcls'],
  ['ignorePublicAcls', 'IgnorePublicAcls'],
  ['blockPublicPolicy', 'BlockPublicPolicy'],
  ['restrictPublicBuckets', 'RestrictPublicBuckets'],
]

/** The names of the settings that are off; every setting is off when there is no configuration. */
export function settingsOff(block: PublicAccessBlock | null): string[] {
  return SETTINGS.filter(([setting]) => block === null || !block[setting]).map(([, name]) => name)
}

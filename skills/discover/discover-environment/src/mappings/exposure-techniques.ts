/**
 * Which ATT&CK and ATLAS techniques a resource is exposed to, by its type and what the inventory shows
 * about it. Each row names the technique ids (names and tactics come from the pinned catalogues in
 * shared/mitre) and says in one sentence why that exposure enables them. An exposure is a standing
 * condition, not an observed attack: the overlay says where a technique would work, so a responder can
 * scope a hunt or a fix.
 */
import type { TechniqueRef } from '#shared/mitre/index.ts'
import type { ResourceType } from '../environment.ts'

export const EXPOSURES = [
  'active-key',
  'public-access',
  'open-ssh',
  'open-rdp',
  'open-port',
  'external-trust',
  'metadata-v1',
  'serverless-code',
  'inference-api',
  'public-inference-api',
] as const
export type Exposure = (typeof EXPOSURES)[number]

export interface ExposureTechniques {
  readonly type: ResourceType
  readonly exposure: Exposure
  readonly techniques: readonly TechniqueRef[]
  readonly reason: string
}

export const EXPOSURE_TECHNIQUES: readonly ExposureTechniques[] = [
  {
    type: 'access-key',
    exposure: 'active-key',
    techniques: ['T1098.001', 'T1552.001'],
    reason:
      'A long-lived key works from anywhere until it is rotated: attackers add such keys to keep access, and find them in files and repositories.',
  },
  {
    type: 'bucket',
    exposure: 'public-access',
    techniques: ['T1530'],
    reason: 'Anyone on the internet can read its objects without credentials.',
  },
  {
    type: 'security-group',
    exposure: 'open-ssh',
    techniques: ['T1021.004', 'T1133'],
    reason: 'SSH is reachable from the internet, so stolen or guessed keys give a remote shell.',
  },
  {
    type: 'security-group',
    exposure: 'open-rdp',
    techniques: ['T1021.001', 'T1133'],
    reason: 'RDP is reachable from the internet, so stolen or guessed passwords give a remote desktop.',
  },
  {
    type: 'security-group',
    exposure: 'open-port',
    techniques: ['T1190'],
    reason: 'A service port is reachable from the internet, where any flaw in the service can be exploited.',
  },
  {
    type: 'role',
    exposure: 'external-trust',
    techniques: ['T1199', 'T1078.004'],
    reason:
      'Principals outside the account can use the role, so a compromise of that party becomes cloud-account access here.',
  },
  {
    type: 'instance',
    exposure: 'metadata-v1',
    techniques: ['T1552.005'],
    reason:
      'The metadata service answers without a session token, so a server-side request forgery can read the instance role credentials.',
  },
  {
    type: 'function',
    exposure: 'serverless-code',
    techniques: ['T1648'],
    reason: 'Whoever can change its code or configuration runs code with the permissions of its role.',
  },
  {
    type: 'model-endpoint',
    exposure: 'inference-api',
    techniques: ['AML.T0040'],
    reason: 'The model answers queries through an inference API, the access ATLAS techniques start from.',
  },
  {
    type: 'model-endpoint',
    exposure: 'public-inference-api',
    techniques: ['AML.T0024'],
    reason: 'Anyone on the internet can query the model, enough to extract it or infer its training data.',
  },
]

/** The row of a type and exposure; the table has at most one. */
export function techniquesOf(type: ResourceType, exposure: Exposure): ExposureTechniques | undefined {
  return EXPOSURE_TECHNIQUES.find((row) => row.type === type && row.exposure === exposure)
}

/**
 * GuardDuty finding types read into their parts, as GuardDuty names them:
 * `ThreatPurpose:ResourceTypeAffected/ThreatFamilyName.DetectionMechanism!Artifact`, for example
 * `CryptoCurrency:EC2/BitcoinTool.B!DNS`. Only the purpose and family are always there.
 */
import { compact } from '#shared/json/index.ts'

export interface FindingTypeParts {
  readonly threat_purpose: string
  readonly resource_type_affected?: string
  readonly threat_family_name?: string
  readonly detection_mechanism?: string
  readonly artifact?: string
}

/** The parts of a finding type, or undefined for text without the `Purpose:Resource/Family` shape. */
export function parseFindingType(type: string): FindingTypeParts | undefined {
  const colon = type.indexOf(':')
  const slash = type.indexOf('/', colon + 1)
  if (colon <= 0 || slash === -1) return undefined
  const [familyAndMechanism = '', artifact] = type.slice(slash + 1).split('!', 2)
  const dot = familyAndMechanism.indexOf('.')
  const family = dot === -1 ? familyAndMechanism : familyAndMechanism.slice(0, dot)
  const mechanism = dot === -1 ? undefined : familyAndMechanism.slice(dot + 1)
  return compact({
    threat_purpose: type.slice(0, colon),
    resource_type_affected: type.slice(colon + 1, slash) || undefined,
    threat_family_name: family || undefined,
    detection_mechanism: mechanism || undefined,
    artifact: artifact || undefined,
  })
}

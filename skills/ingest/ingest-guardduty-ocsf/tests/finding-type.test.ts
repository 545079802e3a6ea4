/** GuardDuty finding types read into ThreatPurpose:ResourceTypeAffected/ThreatFamilyName.DetectionMechanism!Artifact. */
import { describe, expect, it } from 'vitest'
import { parseFindingType } from '../src/finding-type.ts'

describe('finding types', () => {
  it.each([
    [
      'CryptoCurrency:EC2/BitcoinTool.B!DNS',
      {
        threat_purpose: 'CryptoCurrency',
        resource_type_affected: 'EC2',
        threat_family_name: 'BitcoinTool',
        detection_mechanism: 'B',
        artifact: 'DNS',
      },
    ],
    [
      'UnauthorizedAccess:IAMUser/InstanceCredentialExfiltration.OutsideAWS',
      {
        threat_purpose: 'UnauthorizedAccess',
        resource_type_affected: 'IAMUser',
        threat_family_name: 'InstanceCredentialExfiltration',
        detection_mechanism: 'OutsideAWS',
      },
    ],
    [
      'Recon:EC2/PortProbeUnprotectedPort',
      {
        threat_purpose: 'Recon',
        resource_type_affected: 'EC2',
        threat_family_name: 'PortProbeUnprotectedPort',
      },
    ],
    [
      'Backdoor:EC2/C&CActivity.B!DNS',
      {
        threat_purpose: 'Backdoor',
        resource_type_affected: 'EC2',
        threat_family_name: 'C&CActivity',
        detection_mechanism: 'B',
        artifact: 'DNS',
      },
    ],
    [
      'AttackSequence:IAM/CompromisedCredentials',
      {
        threat_purpose: 'AttackSequence',
        resource_type_affected: 'IAM',
        threat_family_name: 'CompromisedCredentials',
      },
    ],
  ])('%s', (type, parts) => {
    expect(parseFindingType(type)).toEqual(parts)
  })

  it.each(['PortProbeUnprotectedPort', ':EC2/Thing', 'Recon:EC2'])(
    'refuses %s, which has not the shape',
    (type) => {
      expect(parseFindingType(type)).toBeUndefined()
    },
  )
})

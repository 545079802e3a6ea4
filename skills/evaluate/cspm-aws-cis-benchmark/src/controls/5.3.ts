/** 5.3: the same exposure as 5.2 over IPv6, which address-range reviews often forget. */
import { ANY_IPV6 } from '../admin-ports.ts'
import { openAdminPortOutcomes } from '../open-admin-ports.ts'
import { SECTIONS } from '../sections.ts'
import type { AwsControl } from '../subject.ts'

export const noAdminPortsFromAnyIpv6: AwsControl = {
  id: '5.3',
  title: 'Ensure no security groups allow ingress from ::/0 to remote server administration ports',
  severity: 'high',
  attacks: ['T1133', 'T1110'],
  requirements: ['NIST CSF 2.0 PR.IR-01', 'SOC 2 CC6.6'],
  remediation:
    'Remove the rule (aws ec2 revoke-security-group-ingress --group-id <sg> --ip-permissions ...) and admit SSH or RDP only from known ranges, or use Session Manager instead of open ports.',
  references: ['https://docs.aws.amazon.com/vpc/latest/userguide/vpc-security-groups.html'],
  sections: [SECTIONS.regions],
  evaluate: ({ data }) => openAdminPortOutcomes(data, ANY_IPV6, (permission) => permission.ipv6Ranges),
}

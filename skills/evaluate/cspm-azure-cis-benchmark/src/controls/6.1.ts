/** 6.1: RDP open to the internet is a favourite way in for password spraying and ransomware crews. */
import { openPortOutcomes } from '../open-nsg-port.ts'
import { SECTIONS } from '../sections.ts'
import type { AzureControl } from '../subject.ts'

export const rdpRestricted: AzureControl = {
  id: '6.1',
  title: 'Ensure that RDP access from the Internet is evaluated and restricted',
  severity: 'high',
  attacks: ['T1133', 'T1110', 'T1021.001'],
  requirements: ['NIST CSF 2.0 PR.IR-01', 'SOC 2 CC6.6'],
  remediation:
    'Delete the rule or narrow its source to known ranges (az network nsg rule update --resource-group <group> --nsg-name <nsg> --name <rule> --source-address-prefixes <cidr>); reach VMs through Azure Bastion or a VPN instead.',
  references: [
    'https://learn.microsoft.com/en-us/azure/security/fundamentals/network-best-practices#disable-rdpssh-access-to-virtual-machines',
  ],
  sections: [SECTIONS.networkSecurityGroups],
  evaluate: ({ data }) => openPortOutcomes(data, 3389, 'RDP'),
}

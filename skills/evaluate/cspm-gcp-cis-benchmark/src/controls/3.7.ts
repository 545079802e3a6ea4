/** 3.7: RDP open to the internet is a favourite way in for password spraying and ransomware crews. */
import { openPortOutcomes } from '../open-firewall-port.ts'
import { SECTIONS } from '../sections.ts'
import type { GcpControl } from '../subject.ts'

export const rdpRestricted: GcpControl = {
  id: '3.7',
  title: 'Ensure That RDP Access Is Restricted From the Internet',
  severity: 'high',
  attacks: ['T1133', 'T1110', 'T1021.001'],
  requirements: ['NIST CSF 2.0 PR.IR-01', 'SOC 2 CC6.6'],
  remediation:
    'Narrow the rule to known source ranges (gcloud compute firewall-rules update <rule> --source-ranges=<cidr>), or delete it and reach VMs through Identity-Aware Proxy TCP forwarding (source 35.235.240.0/20).',
  references: [
    'https://cloud.google.com/firewall/docs/firewalls',
    'https://cloud.google.com/iap/docs/using-tcp-forwarding',
  ],
  sections: [SECTIONS.firewalls],
  evaluate: ({ data }) => openPortOutcomes(data, 3389, 'RDP'),
}

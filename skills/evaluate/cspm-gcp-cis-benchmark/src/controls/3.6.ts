/** 3.6: SSH open to the internet is brute-forced within minutes of a VM getting a public address. */
import { openPortOutcomes } from '../open-firewall-port.ts'
import { SECTIONS } from '../sections.ts'
import type { GcpControl } from '../subject.ts'

export const sshRestricted: GcpControl = {
  id: '3.6',
  title: 'Ensure That SSH Access Is Restricted From the Internet',
  severity: 'high',
  attacks: ['T1133', 'T1110', 'T1021.004'],
  requirements: ['NIST CSF 2.0 PR.IR-01', 'SOC 2 CC6.6'],
  remediation:
    'Narrow the rule to known source ranges (gcloud compute firewall-rules update <rule> --source-ranges=<cidr>), or delete it and reach VMs through Identity-Aware Proxy TCP forwarding (source 35.235.240.0/20).',
  references: [
    'https://cloud.google.com/firewall/docs/firewalls',
    'https://cloud.google.com/iap/docs/using-tcp-forwarding',
  ],
  sections: [SECTIONS.firewalls],
  evaluate: ({ data }) => openPortOutcomes(data, 22, 'SSH'),
}

/**
 * GuardDuty threat purposes (the part of a finding type before the colon) to ATT&CK tactics. GuardDuty's
 * finding-format documentation marks these purposes as based on MITRE ATT&CK tactics, and each carries
 * its tactic's name. The other purposes (Backdoor, Behavior, Cryptocurrency, Pentest, Policy, Recon,
 * Stealth, Trojan, UnauthorizedAccess, AttackSequence) name a kind of threat, not a tactic, and give none:
 * an attack sequence states its tactics and techniques itself.
 */
export const THREAT_PURPOSE_TACTICS: Readonly<Record<string, string>> = {
  CredentialAccess: 'TA0006',
  DefenseEvasion: 'TA0005',
  Discovery: 'TA0007',
  Execution: 'TA0002',
  Exfiltration: 'TA0010',
  Impact: 'TA0040',
  InitialAccess: 'TA0001',
  Persistence: 'TA0003',
  PrivilegeEscalation: 'TA0004',
}

/**
 * The MITRE ATLAS 5.6.0 techniques and tactics the toolkit's AI posture controls cite.
 * tests/mitre-catalogue.test.ts checks every entry against the ATLAS data release. Copyright 2021-2025 MITRE, Apache-2.0.
 */
import type { CatalogueTechnique } from './catalogue-types.ts'

export const ATLAS_VERSION = '5.6.0'

export const ATLAS_TACTICS: Readonly<Record<string, string>> = {
  'AML.TA0002': 'Reconnaissance',
  'AML.TA0003': 'Resource Development',
  'AML.TA0004': 'Initial Access',
  'AML.TA0000': 'AI Model Access',
  'AML.TA0005': 'Execution',
  'AML.TA0006': 'Persistence',
  'AML.TA0012': 'Privilege Escalation',
  'AML.TA0007': 'Defense Evasion',
  'AML.TA0013': 'Credential Access',
  'AML.TA0008': 'Discovery',
  'AML.TA0015': 'Lateral Movement',
  'AML.TA0009': 'Collection',
  'AML.TA0001': 'AI Attack Staging',
  'AML.TA0014': 'Command and Control',
  'AML.TA0010': 'Exfiltration',
  'AML.TA0011': 'Impact',
}

export const ATLAS_TECHNIQUES: Readonly<Record<string, CatalogueTechnique>> = {
  'AML.T0007': { name: 'Discover AI Artifacts', tactics: ['AML.TA0008'] },
  'AML.T0010': { name: 'AI Supply Chain Compromise', tactics: ['AML.TA0004'] },
  'AML.T0010.001': { name: 'AI Software', tactics: ['AML.TA0004'] },
  'AML.T0010.003': { name: 'Model', tactics: ['AML.TA0004'] },
  'AML.T0010.004': { name: 'Container Registry', tactics: ['AML.TA0004'] },
  'AML.T0010.005': { name: 'AI Agent Tool', tactics: ['AML.TA0004'] },
  'AML.T0012': { name: 'Valid Accounts', tactics: ['AML.TA0004', 'AML.TA0012'] },
  'AML.T0018': { name: 'Manipulate AI Model', tactics: ['AML.TA0006', 'AML.TA0001'] },
  'AML.T0020': { name: 'Poison Training Data', tactics: ['AML.TA0003', 'AML.TA0006'] },
  'AML.T0024': { name: 'Exfiltration via AI Inference API', tactics: ['AML.TA0010'] },
  'AML.T0024.002': { name: 'Extract AI Model', tactics: ['AML.TA0010'] },
  'AML.T0025': { name: 'Exfiltration via Cyber Means', tactics: ['AML.TA0010'] },
  'AML.T0029': { name: 'Denial of AI Service', tactics: ['AML.TA0011'] },
  'AML.T0034': { name: 'Cost Harvesting', tactics: ['AML.TA0011'] },
  'AML.T0035': { name: 'AI Artifact Collection', tactics: ['AML.TA0009'] },
  'AML.T0040': { name: 'AI Model Inference API Access', tactics: ['AML.TA0000'] },
  'AML.T0044': { name: 'Full AI Model Access', tactics: ['AML.TA0000'] },
  'AML.T0047': { name: 'AI-Enabled Product or Service', tactics: ['AML.TA0000'] },
  'AML.T0048': { name: 'External Harms', tactics: ['AML.TA0011'] },
  'AML.T0049': { name: 'Exploit Public-Facing Application', tactics: ['AML.TA0004'] },
  'AML.T0051': { name: 'LLM Prompt Injection', tactics: ['AML.TA0005'] },
  'AML.T0051.000': { name: 'Direct', tactics: ['AML.TA0005'] },
  'AML.T0051.001': { name: 'Indirect', tactics: ['AML.TA0005'] },
  'AML.T0053': { name: 'AI Agent Tool Invocation', tactics: ['AML.TA0005', 'AML.TA0012'] },
  'AML.T0054': { name: 'LLM Jailbreak', tactics: ['AML.TA0012', 'AML.TA0007'] },
  'AML.T0055': { name: 'Unsecured Credentials', tactics: ['AML.TA0013'] },
  'AML.T0056': { name: 'Extract LLM System Prompt', tactics: ['AML.TA0010'] },
  'AML.T0057': { name: 'LLM Data Leakage', tactics: ['AML.TA0010'] },
  'AML.T0075': { name: 'Cloud Service Discovery', tactics: ['AML.TA0008'] },
  'AML.T0091': { name: 'Use Alternate Authentication Material', tactics: ['AML.TA0015'] },
  'AML.T0091.000': { name: 'Application Access Token', tactics: ['AML.TA0015'] },
  'AML.T0096': { name: 'AI Service API', tactics: ['AML.TA0014'] },
  'AML.T0105': { name: 'Escape to Host', tactics: ['AML.TA0012'] },
  'AML.T0109': { name: 'AI Supply Chain Rug Pull', tactics: ['AML.TA0007'] },
  'AML.T0110': { name: 'AI Agent Tool Poisoning', tactics: ['AML.TA0006'] },
  'AML.T0112': { name: 'Machine Compromise', tactics: ['AML.TA0011'] },
}

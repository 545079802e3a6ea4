/**
 * 1.2.28: the first provider listed for secrets is the one that encrypts new writes; `identity` there means
 * plain text however many real providers follow it.
 */
import { asArray, asObject, asStrings } from '#shared/json/index.ts'
import type { K8sObject } from '#shared/posture/index.ts'
import type { K8sControl } from '../benchmark.ts'
import { type Judgement, objectOutcome, scopeOutcome } from '../outcomes.ts'

/** The providers CIS 1.2.28 accepts; aesgcm needs a key rotation every 200,000 writes, which CIS leaves out. */
const STRONG_PROVIDERS = new Set(['aescbc', 'kms', 'secretbox'])

/** A resources entry covers Secrets by name, or through the `*.` (all core) and `*.*` (everything) wildcards. */
const COVERS_SECRETS = new Set(['secrets', '*.', '*.*'])

/** Only the provider's name is read: the key material beside it never leaves the file. */
function firstSecretsProvider(config: K8sObject): string | undefined {
  for (const entry of asArray(config.raw.resources) ?? []) {
    const resources = asStrings(asObject(entry)?.resources)
    if (!resources.some((resource) => COVERS_SECRETS.has(resource))) continue
    const first = asObject(asArray(asObject(entry)?.providers)?.[0])
    return first === undefined ? 'none' : (Object.keys(first)[0] ?? 'none')
  }
  return undefined
}

function judge(config: K8sObject): Judgement {
  const provider = firstSecretsProvider(config)
  if (provider === undefined)
    return {
      status: 'fail',
      detail: `${config.name}: no resources entry covers secrets, so Secrets are not encrypted.`,
    }
  if (STRONG_PROVIDERS.has(provider))
    return { status: 'pass', detail: `${config.name}: Secrets are encrypted with ${provider}.` }
  return {
    status: 'fail',
    detail: `${config.name}: the first provider for secrets is ${provider}; CIS accepts aescbc, kms or secretbox${provider === 'identity' ? ' (identity writes plain text)' : ''}.`,
  }
}

export const encryptionProviders: K8sControl = {
  id: '1.2.28',
  title: 'Ensure that encryption providers are appropriately configured',
  severity: 'high',
  attacks: ['T1552.001'],
  requirements: ['NIST CSF 2.0 PR.DS-01', 'SOC 2 CC6.1'],
  remediation:
    'In the EncryptionConfiguration, list kms (v2), aescbc or secretbox first for secrets (identity may only follow, to read old data), restart the API server and rewrite every Secret.',
  references: ['https://kubernetes.io/docs/tasks/administer-cluster/encrypt-data/#providers'],
  sections: [],
  evaluate(inventory) {
    if (inventory.encryptionConfigs.length === 0) {
      return [
        scopeOutcome(inventory, {
          status: 'not-applicable',
          detail:
            'No EncryptionConfiguration file was given; pass the file named by --encryption-provider-config to check its providers.',
        }),
      ]
    }
    return inventory.encryptionConfigs.map((config) => objectOutcome(config, judge(config)))
  },
}

/** detect-azure-control-plane: Azure control-plane attacks in the Activity Log (OCSF API Activity), as Detection Findings. */
import {
  type CommonOptions,
  durationOption,
  positiveIntegerOption,
  runRecordSkill,
} from '#shared/cli/index.ts'
import { createDetectionProcessor } from '#shared/detect/index.ts'
import { RULES } from './rules/index.ts'

const SKILL_NAME = 'detect-azure-control-plane'

interface Options extends CommonOptions {
  window: number
  dedupWindow: number
  secretThreshold: number
}

await runRecordSkill<Options>({
  name: SKILL_NAME,
  description:
    'Detect Azure control-plane attacks in OCSF API Activity from ingest-azure-activity-ocsf: privileged role assignments, diagnostic logging deleted, NSG rules opening SSH or RDP to the internet, VM run commands, Key Vault secrets harvested or purged. Emits OCSF Detection Findings (2004) with MITRE ATT&CK.',
  configure: (program) =>
    program
      .option(
        '--window <duration>',
        "the window over which one principal's Key Vault secret reads are counted",
        durationOption,
        10 * 60_000,
      )
      .option(
        '--dedup-window <duration>',
        'firings of one rule on the same key within this window merge into one finding',
        durationOption,
        60 * 60_000,
      )
      .option(
        '--secret-threshold <count>',
        'distinct secrets one principal may read within the window before it alerts',
        positiveIntegerOption,
        10,
      ),
  create: (options) =>
    createDetectionProcessor({
      skill: SKILL_NAME,
      rules: RULES,
      dedupWindowMs: options.dedupWindow,
      config: { windowMs: options.window, secretThreshold: options.secretThreshold },
    }),
})

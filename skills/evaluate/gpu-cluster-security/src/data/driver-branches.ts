/**
 * NVIDIA data center driver branches and their end of life, and the branch each CUDA Toolkit release
 * shipped with. NVIDIA stops fixing a branch at its end of life, and a CUDA container image reaches end of
 * life with the driver branch its toolkit shipped with (the CUDA image support policy).
 *
 * Sources: "Supported Drivers and CUDA Toolkit Versions" of NVIDIA Data Center Drivers, editions R580, R615
 * and R620 (where they differ, the newer edition wins: R580 ends June 2028); CUDA Toolkit Release Notes,
 * "CUDA Toolkit and Corresponding Driver Versions"; and the CUDA container image support policy.
 * URLs are in REFERENCES.md.
 */

export interface BranchLifecycle {
  readonly designation: string
  /** The last month NVIDIA supports the branch (YYYY-MM); it is end of life from the month after. */
  readonly endOfLife: string
}

/** The branches the support matrices list, with their published end of life. */
export const BRANCH_LIFECYCLE: Readonly<Record<number, BranchLifecycle>> = {
  535: { designation: 'Long Term Support Branch', endOfLife: '2026-06' },
  570: { designation: 'Production Branch', endOfLife: '2026-02' },
  580: { designation: 'Long Term Support Branch', endOfLife: '2028-06' },
  595: { designation: 'Production Branch', endOfLife: '2027-03' },
  610: { designation: 'New Feature Branch', endOfLife: '2026-08' },
  620: { designation: 'Long Term Support Branch', endOfLife: '2029-09' },
}

/**
 * The R580 edition (August 2025) lists R535, R570 and R580 and says every earlier branch not listed is end
 * of life; later branches without an entry are New Feature Branches, which have no published end of life.
 */
const EARLIER_BRANCHES_ENDED = { before: 580, month: '2025-08' }

/** CUDA Toolkit release (major.minor) to the driver branch of its GA release's minimum Linux driver. */
export const CUDA_SHIPPING_BRANCH: Readonly<Record<string, number>> = {
  '11.8': 520,
  '12.0': 525,
  '12.1': 530,
  '12.2': 535,
  '12.3': 545,
  '12.4': 550,
  '12.5': 555,
  '12.6': 560,
  '12.8': 570,
  '12.9': 575,
  '13.0': 580,
}

/** Epoch milliseconds of the first instant after a YYYY-MM end-of-life month. */
export function endOfLifeAfter(month: string): number {
  const [year, monthNumber] = month.split('-').map(Number)
  return Date.UTC(year ?? 0, monthNumber ?? 0, 1)
}

export type BranchSupport =
  | { readonly supported: true; readonly until: string; readonly designation: string }
  | { readonly supported: false; readonly why: string }
  | { readonly supported: undefined; readonly why: string }

/** Whether NVIDIA still supports a branch at a given time, by the lifecycle table. */
export function branchSupportAt(branch: number, time: number): BranchSupport {
  const lifecycle = BRANCH_LIFECYCLE[branch]
  if (lifecycle === undefined) {
    if (branch < EARLIER_BRANCHES_ENDED.before)
      return { supported: false, why: `R${branch} was end of life by ${EARLIER_BRANCHES_ENDED.month}` }
    return {
      supported: undefined,
      why: `R${branch} has no published end of life (a New Feature Branch, or newer than the table)`,
    }
  }
  if (time >= endOfLifeAfter(lifecycle.endOfLife))
    return {
      supported: false,
      why: `R${branch} (${lifecycle.designation}) reached end of life after ${lifecycle.endOfLife}`,
    }
  return { supported: true, until: lifecycle.endOfLife, designation: lifecycle.designation }
}

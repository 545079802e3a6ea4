/**
 * NVIDIA GPU Display Driver security bulletins: for each, the Linux data center ("Tesla") driver branches it
 * fixed and the first fixed version of each, as the bulletin's "Security Updates" table lists them (the
 * "Updated Version" of the Tesla rows for Linux), and the Linux driver CVEs it addresses. Fixes are
 * cumulative within a branch, so a driver at or above a branch's fixed version in the newest bulletin that
 * lists the branch has every fix of the table. A bulletin published after this table is not known to it:
 * REFERENCES.md says how to extend it.
 *
 * Sources: https://nvidia.custhelp.com/app/answers/detail/a_id/<id>, mirrored with machine-readable CVE
 * records at https://github.com/NVIDIA/product-security/tree/main/<year>/<id>.
 */

export interface DriverBulletin {
  readonly id: string
  readonly title: string
  /** When NVIDIA last updated it (YYYY-MM-DD). */
  readonly updated: string
  readonly url: string
  /** Linux display driver CVEs the bulletin addresses (a subset where the bulletin lists many). */
  readonly cves: readonly string[]
  /** Branch (the major version) to the first fixed data center driver version on Linux. */
  readonly fixed: Readonly<Record<number, string>>
}

/** Oldest first. */
export const DRIVER_BULLETINS: readonly DriverBulletin[] = [
  {
    id: '5703',
    title: 'Security Bulletin: NVIDIA GPU Display Driver - October 2025',
    updated: '2025-10-09',
    url: 'https://nvidia.custhelp.com/app/answers/detail/a_id/5703',
    cves: [
      'CVE-2025-23280',
      'CVE-2025-23282',
      'CVE-2025-23300',
      'CVE-2025-23330',
      'CVE-2025-23332',
      'CVE-2025-23345',
    ],
    fixed: { 535: '535.274.02', 570: '570.195.03', 580: '580.95.05' },
  },
  {
    id: '5821',
    title: 'Security Bulletin: GPU Display Driver - May 2026',
    updated: '2026-05-21',
    url: 'https://nvidia.custhelp.com/app/answers/detail/a_id/5821',
    cves: [
      'CVE-2026-24187',
      'CVE-2026-24190',
      'CVE-2026-24192',
      'CVE-2026-24193',
      'CVE-2026-24194',
      'CVE-2026-24195',
      'CVE-2026-24196',
      'CVE-2026-24182',
      'CVE-2026-24197',
      'CVE-2026-24198',
      'CVE-2026-24199',
      'CVE-2025-33221',
    ],
    fixed: { 535: '535.309.01', 580: '580.159.03', 595: '595.71.05' },
  },
  {
    id: '5861',
    title: 'Security Bulletin: GPU Display Driver - September 2026',
    updated: '2026-09-30',
    url: 'https://nvidia.custhelp.com/app/answers/detail/a_id/5861',
    cves: [
      'CVE-2026-47501',
      'CVE-2026-47587',
      'CVE-2026-47588',
      'CVE-2026-47591',
      'CVE-2026-47595',
      'CVE-2026-47599',
    ],
    fixed: { 580: '580.178.04', 595: '595.91.07', 610: '610.57.04', 615: '615.71.09' },
  },
]

/** Outcomes shared by many controls (from shared/posture), and how their details count things. */
export { collectionFailed, orNotApplicable } from '#shared/posture/index.ts'

export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`
}

/** A technique as the pinned catalogues hold it: its name and the ids of the tactics it serves. */
export interface CatalogueTechnique {
  readonly name: string
  readonly tactics: readonly string[]
}

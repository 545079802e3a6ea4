/**
 * The mapping file: identities tied to people by hand, for what no attribute links (a GCP service account,
 * an IAM user named after a team). A JSON array of `{"email" or "employee_id", "provider", "uid"}`.
 */

import { InputError } from '#shared/errors/index.ts'
import * as z from '#shared/json/zod.ts'
import { type IdentityRef, PROVIDERS } from '#shared/remediate/index.ts'
import type { Departure } from './departure.ts'

const MappingEntry = z
  .strictObject({
    email: z.string().min(3).optional(),
    employee_id: z.string().min(1).optional(),
    provider: z.enum(PROVIDERS),
    uid: z.string().min(1),
  })
  .refine(
    (entry) => entry.email !== undefined || entry.employee_id !== undefined,
    'name the person: email or employee_id',
  )

export class IdentityMapping {
  private constructor(private readonly entries: ReadonlyArray<z.infer<typeof MappingEntry>>) {}

  static empty(): IdentityMapping {
    return new IdentityMapping([])
  }

  static parse(text: string, name: string): IdentityMapping {
    let value: unknown
    try {
      value = JSON.parse(text)
    } catch (error) {
      throw new InputError(`${name}: not JSON: ${(error as Error).message}`)
    }
    const result = z.array(MappingEntry).safeParse(value)
    if (!result.success) {
      const issue = result.error.issues[0]
      throw new InputError(`${name}: ${issue?.path.join('.') || 'mapping'}: ${issue?.message}`)
    }
    return new IdentityMapping(result.data)
  }

  /** The identities mapped to this person. */
  refsFor(departure: Departure): IdentityRef[] {
    const refs: IdentityRef[] = []
    for (const entry of this.entries) {
      const byEmail = entry.email !== undefined && entry.email.toLowerCase() === departure.email
      const byId = entry.employee_id !== undefined && entry.employee_id === departure.employeeId
      if (byEmail || byId) refs.push({ provider: entry.provider, uid: entry.uid })
    }
    return refs
  }
}

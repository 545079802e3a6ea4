/**
 * The bindings a SetIamPolicy call added. serviceData's binding deltas say exactly what changed; an entry
 * without them (some services log none) only has the whole new policy in its request, so every binding
 * of it is read as added and the result is marked as inferred.
 */
import {
  type BindingDelta,
  bindingDeltasOf,
  type GcpCall,
  gcpCallOf,
  requestedBindingsOf,
} from '#shared/gcp/index.ts'
import type { OcsfEvent } from '#shared/ocsf/index.ts'

/** `SetIamPolicy` on every service, `storage.setIamPermissions` on Cloud Storage (bucket and object IAM and ACLs). */
const SET_POLICY_VERBS: ReadonlySet<string> = new Set(['setiampolicy', 'setiampermissions'])

export interface PolicyChange {
  readonly call: GcpCall
  readonly added: readonly BindingDelta[]
  /** True when the bindings come from the new policy, not from the deltas. */
  readonly inferred: boolean
}

export function policyChangeOf(event: OcsfEvent): PolicyChange | undefined {
  const call = gcpCallOf(event)
  if (call === undefined || !call.succeeded || !SET_POLICY_VERBS.has(call.verb)) return undefined
  const deltas = bindingDeltasOf(call.resource.serviceData)
  if (deltas !== undefined) {
    return { call, added: deltas.filter((delta) => delta.action === 'ADD'), inferred: false }
  }
  return { call, added: requestedBindingsOf(call.request), inferred: true }
}

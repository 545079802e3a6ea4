/** RBAC as the controls read it: a binding's role and subjects, and which service accounts hold bindings. */
import { asArray, asObject, asString, type JsonObject, path } from '#shared/json/index.ts'
import type { K8sObject } from '#shared/posture/index.ts'

export interface Subject {
  readonly kind: string
  readonly name: string
  readonly namespace?: string
}

export interface RoleRef {
  readonly kind: string
  readonly name: string
}

export function roleRefOf(binding: K8sObject): RoleRef | undefined {
  const kind = asString(path(binding.raw, 'roleRef', 'kind'))
  const name = asString(path(binding.raw, 'roleRef', 'name'))
  return kind === undefined || name === undefined ? undefined : { kind, name }
}

/** A ServiceAccount subject without a namespace is read in the binding's own, as the API server defaults it. */
export function subjectsOf(binding: K8sObject): Subject[] {
  const subjects: Subject[] = []
  for (const item of asArray(binding.raw.subjects) ?? []) {
    const subject = asObject(item)
    const kind = asString(subject?.kind)
    const name = asString(subject?.name)
    if (kind === undefined || name === undefined) continue
    const namespace =
      kind === 'ServiceAccount' ? (asString(subject?.namespace) ?? binding.namespace) : undefined
    subjects.push({ kind, name, namespace })
  }
  return subjects
}

export function describeSubject(subject: Subject): string {
  return subject.namespace === undefined
    ? `${subject.kind} ${subject.name}`
    : `${subject.kind} ${subject.namespace}/${subject.name}`
}

function serviceAccountKey(namespace: string | undefined, name: string): string {
  return `${namespace ?? ''}/${name}`
}

/** The bindings naming each service account, keyed `namespace/name`. */
export function bindingsByServiceAccount(bindings: readonly K8sObject[]): Map<string, string[]> {
  const byAccount = new Map<string, string[]>()
  for (const binding of bindings) {
    for (const subject of subjectsOf(binding)) {
      if (subject.kind !== 'ServiceAccount') continue
      const key = serviceAccountKey(subject.namespace, subject.name)
      byAccount.set(key, [...(byAccount.get(key) ?? []), `${binding.kind} ${binding.name}`])
    }
  }
  return byAccount
}

export function bindingsOfServiceAccount(
  byAccount: ReadonlyMap<string, readonly string[]>,
  namespace: string | undefined,
  name: string,
): readonly string[] {
  return byAccount.get(serviceAccountKey(namespace, name)) ?? []
}

export function rulesOf(role: K8sObject): JsonObject[] {
  const rules: JsonObject[] = []
  for (const item of asArray(role.raw.rules) ?? []) {
    const rule = asObject(item)
    if (rule !== undefined) rules.push(rule)
  }
  return rules
}

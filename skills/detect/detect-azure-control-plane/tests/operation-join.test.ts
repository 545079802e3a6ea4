/** Started and completed events of one Resource Manager write, joined by correlation id and resource id. */
import { describe, expect, it } from 'vitest'
import type { OcsfEvent } from '#shared/ocsf/index.ts'
import { azureCallOf } from '../src/azure-call.ts'
import { OperationJoin } from '../src/operation-join.ts'

const RESOURCE = '/subscriptions/s/providers/Microsoft.Authorization/roleAssignments/a'

function event(
  status_id: number,
  correlation: string,
  body?: { request?: object; response?: object },
): OcsfEvent {
  return {
    class_uid: 6003,
    time: 1,
    status_id,
    metadata: { correlation_uid: correlation },
    cloud: { provider: 'Azure' },
    api: {
      operation: 'Microsoft.Authorization/roleAssignments/write',
      request: body?.request === undefined ? undefined : { data: body.request },
      response: body?.response === undefined ? undefined : { data: body.response },
    },
    resources: [{ uid: RESOURCE }],
  } as OcsfEvent
}

function observe(join: OperationJoin, item: OcsfEvent) {
  const call = azureCallOf(item)
  if (call === undefined) throw new Error('not an Azure call')
  return join.observe(item, call)
}

describe('OperationJoin', () => {
  it('hands back both events and both bodies when the write succeeds', () => {
    const join = new OperationJoin()
    const started = event(99, 'c1', { request: { a: 1 } })
    expect(observe(join, started)).toBeUndefined()
    const done = event(1, 'c1', { response: { b: 2 } })
    expect(observe(join, done)).toMatchObject({ events: [started, done], bodies: [{ a: 1 }, { b: 2 }] })
  })

  it('keeps the in-progress event that carries the request body', () => {
    const join = new OperationJoin()
    const started = event(99, 'c1', { request: { a: 1 } })
    observe(join, started)
    observe(join, event(99, 'c1'))
    expect(observe(join, event(1, 'c1'))?.bodies).toEqual([{ a: 1 }])
  })

  it('forgets a write that failed, and judges a lone success on its own', () => {
    const join = new OperationJoin()
    observe(join, event(99, 'c1', { request: { a: 1 } }))
    expect(observe(join, event(2, 'c1'))).toBeUndefined()
    expect(observe(join, event(1, 'c1'))?.events).toHaveLength(1)
  })

  it('does not join events of another operation, and holds at most its capacity', () => {
    const join = new OperationJoin(1)
    observe(join, event(99, 'c1', { request: { a: 1 } }))
    observe(join, event(99, 'c2', { request: { b: 2 } }))
    expect(observe(join, event(1, 'c1'))?.bodies).toEqual([])
    expect(observe(join, event(1, 'c2'))?.bodies).toEqual([{ b: 2 }])
  })
})

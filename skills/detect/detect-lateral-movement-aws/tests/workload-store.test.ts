import { describe, expect, it } from 'vitest'
import { WorkloadStore } from '../src/workload-store.ts'

const item = (uid: string, time: number) => ({ uid, time })

describe('WorkloadStore', () => {
  it('finds an item under any of its keys, once', () => {
    const store = new WorkloadStore(10, 5)
    store.add(['instance:i-1', 'address:10.0.0.1'], item('a', 1))
    expect(store.find(['address:10.0.0.1'])).toEqual([item('a', 1)])
    expect(store.find(['instance:i-1', 'address:10.0.0.1'])).toEqual([item('a', 1)])
    expect(store.find(['instance:i-2'])).toEqual([])
  })

  it('says when a record was already filed', () => {
    const store = new WorkloadStore(10, 5)
    expect(store.add(['instance:i-1'], item('a', 1))).toBe(true)
    expect(store.add(['instance:i-1'], item('a', 1))).toBe(false)
  })

  it('keeps the latest items of a workload in event time, whatever order they came in', () => {
    const store = new WorkloadStore(10, 3)
    for (const time of [5, 1, 9, 3, 7]) store.add(['instance:i-1'], item(`t${time}`, time))
    expect(store.find(['instance:i-1']).map((stored) => stored.time)).toEqual([5, 7, 9])
  })

  it('follows no more workloads than its ceiling, forgetting the least recently written', () => {
    const store = new WorkloadStore(10, 3)
    for (let index = 0; index < 1_000; index += 1)
      store.add([`address:10.0.${index}`], item(`u${index}`, index))
    const remembered = Array.from(
      { length: 1_000 },
      (_, index) => store.find([`address:10.0.${index}`]).length,
    )
    expect(remembered.filter((count) => count > 0)).toHaveLength(10)
    expect(remembered.slice(990)).toEqual(Array(10).fill(1))
  })
})

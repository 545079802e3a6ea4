/** One event per request, and no invented times. */
import { describe, expect, it } from 'vitest'
import { runProcessor } from '../../../../tests/helpers/in-process.ts'
import { createK8sAuditProcessor } from '../src/k8s-audit-processor.ts'

const BASE = {
  kind: 'Event',
  apiVersion: 'audit.k8s.io/v1',
  auditID: 'a1',
  verb: 'get',
  requestURI: '/api/v1/namespaces/default/pods/web',
  user: { username: 'alice@example.com' },
  objectRef: { resource: 'pods', namespace: 'default', name: 'web', apiVersion: 'v1' },
  requestReceivedTimestamp: '2026-03-02T10:00:00Z',
}

describe('stages', () => {
  it('keeps one event per request and drops RequestReceived', async () => {
    const run = await runProcessor(createK8sAuditProcessor(), [
      { ...BASE, stage: 'RequestReceived' },
      { ...BASE, stage: 'ResponseComplete', responseStatus: { code: 200 } },
      { ...BASE, stage: 'ResponseComplete', responseStatus: { code: 200 } },
    ])
    expect(run.events).toHaveLength(1)
    expect(run.reporter.dropped).toEqual(
      new Map([
        ['RequestReceived stage', 1],
        ['request already emitted at an earlier stage', 1],
      ]),
    )
    expect(run.reporter.isBalanced()).toBe(true)
  })

  it('keeps ResponseStarted of a long-running request and drops its later completion', async () => {
    const exec = {
      ...BASE,
      auditID: 'a2',
      verb: 'create',
      objectRef: { ...BASE.objectRef, subresource: 'exec' },
    }
    const run = await runProcessor(createK8sAuditProcessor(), [
      { ...exec, stage: 'ResponseStarted', responseStatus: { code: 101 } },
      { ...exec, stage: 'ResponseComplete', responseStatus: { code: 101 } },
    ])
    expect(run.events).toHaveLength(1)
    expect(run.events[0]).toMatchObject({ unmapped: { stage: 'ResponseStarted' } })
  })

  it('keeps requests that reuse an audit id for a different verb or user', async () => {
    const run = await runProcessor(createK8sAuditProcessor(), [
      { ...BASE, stage: 'ResponseComplete' },
      { ...BASE, stage: 'ResponseComplete', verb: 'delete' },
      { ...BASE, stage: 'ResponseComplete', user: { username: 'bob@example.com' } },
    ])
    expect(run.events).toHaveLength(3)
  })

  it('forgets audit ids past its bound instead of growing', async () => {
    const processor = createK8sAuditProcessor({ dedupCapacity: 2 })
    const events = ['x', 'y', 'z', 'x'].map((id) => ({ ...BASE, auditID: id, stage: 'ResponseComplete' }))
    const run = await runProcessor(processor, events)
    expect(run.events).toHaveLength(4)
  })
})

describe('times', () => {
  it('reads the space-separated UTC form exporters write', async () => {
    const run = await runProcessor(createK8sAuditProcessor(), [
      { ...BASE, requestReceivedTimestamp: '2022-11-29 00:09:04.38' },
    ])
    expect(run.events[0]).toMatchObject({
      time: Date.UTC(2022, 10, 29, 0, 9, 4, 380),
      metadata: { original_time: '2022-11-29 00:09:04.38' },
    })
  })

  it('reports a record without a usable time, naming its line, instead of stamping the clock', async () => {
    const { requestReceivedTimestamp: _dropped, ...timeless } = BASE
    const run = await runProcessor(
      createK8sAuditProcessor(),
      [
        BASE,
        { ...timeless, auditID: 'b' },
        { ...BASE, auditID: 'c', requestReceivedTimestamp: '2026-13-01T00:00:00Z' },
      ],
      'audit.log',
    )
    expect(run.events).toHaveLength(1)
    expect(run.reporter.skipped.get('no usable timestamp')).toBe(2)
    expect(run.warnings[0]).toContain('audit.log:2: skipped: no usable timestamp')
    expect(run.warnings[1]).toContain(
      'audit.log:3: skipped: no usable timestamp (unreadable time "2026-13-01T00:00:00Z")',
    )
  })

  it('stamps such records only with the time the user assumes, and labels them', async () => {
    const { requestReceivedTimestamp: _dropped, ...timeless } = BASE
    const assumeTime = Date.UTC(2024, 0, 1)
    const run = await runProcessor(createK8sAuditProcessor({ assumeTime }), [timeless])
    expect(run.events[0]).toMatchObject({ time: assumeTime, metadata: { labels: ['time-assumed'] } })
  })
})

describe('bad input', () => {
  it('skips malformed lines and non-audit records and goes on', async () => {
    const text = [
      JSON.stringify(BASE),
      '{"kind":"Event",',
      '42',
      JSON.stringify({ hello: 'world' }),
      JSON.stringify({ ...BASE, auditID: 'c' }),
    ].join('\n')
    const run = await runProcessor(createK8sAuditProcessor(), text, 'audit.log')
    expect(run.events).toHaveLength(2)
    expect(run.reporter.skipped).toEqual(
      new Map([
        ['malformed JSON', 1],
        ['not a JSON object', 1],
        ['not a Kubernetes audit event', 1],
      ]),
    )
    expect(run.warnings.some((warning) => warning.includes('audit.log:2: skipped: malformed JSON'))).toBe(
      true,
    )
    expect(run.reporter.isBalanced()).toBe(true)
  })

  it('treats a verb named after an Object.prototype member as an unknown verb', async () => {
    const run = await runProcessor(createK8sAuditProcessor(), [
      { ...BASE, verb: 'constructor', stage: 'ResponseComplete' },
      { ...BASE, auditID: 'p', verb: '__proto__', stage: 'ResponseComplete' },
    ])
    expect(run.events.map((event) => (event as { activity_id: unknown }).activity_id)).toEqual([99, 99])
    expect(run.text).not.toContain('http_method')
  })
})

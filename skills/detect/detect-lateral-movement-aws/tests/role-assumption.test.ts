/** Which CloudTrail calls count as a workload taking on a role, read from the golden scenario's events. */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { OcsfEvent } from '#shared/ocsf/index.ts'
import { GOLDEN } from '../../../../tests/helpers/paths.ts'
import { parseJsonl } from '../../../../tests/helpers/run-skill.ts'
import { internalRanges } from '../src/address-ranges.ts'
import { roleAssumptionOf, roleNameOf } from '../src/role-assumption.ts'

const EVENTS = parseJsonl(
  readFileSync(join(GOLDEN, 'aws-lateral-movement', 'expected.cloudtrail.ocsf.jsonl'), 'utf8'),
) as OcsfEvent[]
const INTERNAL = internalRanges([])

function eventAt(index: number): OcsfEvent {
  const event = EVENTS[index]
  if (event === undefined) throw new Error(`the scenario has no CloudTrail event ${index}`)
  return event
}

describe('roleAssumptionOf', () => {
  it('reads an instance role session assuming a role through the STS endpoint', () => {
    expect(roleAssumptionOf(eventAt(3), INTERNAL)).toMatchObject({
      operation: 'AssumeRole',
      role: 'arn:aws:iam::111122223333:role/DeployAdmin',
      caller: { instance: 'i-0a1b2c3d4e5f60718', address: '10.20.1.15' },
      sourceAddress: '10.20.1.15',
      credential: 'ASIAIOSFODNN7EXAMPLE',
      issuedCredential: 'ASIAI44QH8DHBEXAMPLE',
    })
  })

  it('reads a web identity exchange by its address, with no instance', () => {
    expect(roleAssumptionOf(eventAt(8), INTERNAL)).toMatchObject({
      operation: 'AssumeRoleWithWebIdentity',
      role: 'arn:aws:iam::111122223333:role/reports-irsa',
      caller: { instance: undefined, address: '10.20.5.33' },
    })
  })

  it('keeps a public source address out of the workload but remembers it', () => {
    const found = roleAssumptionOf(eventAt(2), INTERNAL)
    expect(found?.caller).toEqual({ instance: undefined, address: undefined })
    expect(found?.sourceAddress).toBe('198.51.100.23')
  })

  it.each([
    [0, 'EC2 delivering an instance profile’s credentials'],
    [5, 'a refused call'],
  ])('leaves out event %i: %s', (index) => {
    expect(roleAssumptionOf(eventAt(index), INTERNAL)).toBeUndefined()
  })

  it.each(['GetSessionToken', 'GetFederationToken', 'GetCallerIdentity'])('leaves out %s', (operation) => {
    const event = eventAt(3)
    expect(roleAssumptionOf({ ...event, api: { ...event.api, operation } }, INTERNAL)).toBeUndefined()
  })

  it('takes the role from the request when the event lists no role resource', () => {
    const event = { ...eventAt(3), resources: undefined }
    expect(roleAssumptionOf(event, INTERNAL)?.role).toBe('arn:aws:iam::111122223333:role/DeployAdmin')
  })

  it('does not take a session name that is not an instance id for one', () => {
    expect(roleAssumptionOf(eventAt(4), INTERNAL)?.caller.instance).toBeUndefined()
  })

  it('reads wrongly typed fields as absent', () => {
    const event = eventAt(3)
    const unknownStatus = { ...event, status_id: 'Success' }
    expect(roleAssumptionOf(unknownStatus as unknown as OcsfEvent, INTERNAL)).toBeUndefined()
    const hostile = { ...event, actor: { session: { uid: 7 } }, src_endpoint: { ip: ['10.20.1.15'] } }
    expect(roleAssumptionOf(hostile as unknown as OcsfEvent, INTERNAL)?.caller).toEqual({
      instance: undefined,
      address: undefined,
    })
  })
})

describe('roleNameOf', () => {
  it.each([
    ['arn:aws:iam::111122223333:role/DeployAdmin', 'DeployAdmin'],
    ['arn:aws:iam::111122223333:role/service-role/ops/Backup', 'Backup'],
    ['not-an-arn', 'not-an-arn'],
  ])('%s is %s', (arn, name) => {
    expect(roleNameOf(arn)).toBe(name)
  })
})

import { describe, expect, it } from 'vitest'
import {
  capabilitiesRestricted,
  noNewPrivileges,
  privilegedContainer,
} from '../../src/controls/runtime-privileges.ts'
import { composeTargets, dockerfileTarget, verdicts } from '../targets-of.ts'

const SERVICES = `services:
  plain: {image: "a:1"}
  privileged: {image: "a:1", privileged: true}
  default-caps: {image: "a:1", cap_add: [CHOWN, NET_BIND_SERVICE]}
  sys-admin: {image: "a:1", cap_add: [sys_admin]}
  nnp: {image: "a:1", security_opt: ["no-new-privileges:true"]}
  nnp-bare: {image: "a:1", security_opt: [no-new-privileges]}
`

describe('5.4, 5.5 and 5.26 runtime privileges', () => {
  const targets = composeTargets(SERVICES)

  it('5.5 fails privileged services only', () => {
    expect(verdicts(privilegedContainer, targets)).toEqual([
      'plain: pass',
      'privileged: fail',
      'default-caps: pass',
      'sys-admin: pass',
      'nnp: pass',
      'nnp-bare: pass',
    ])
  })

  it("5.4 fails capabilities beyond Docker's default set, in any case", () => {
    expect(verdicts(capabilitiesRestricted, targets)).toEqual([
      'plain: pass',
      'privileged: pass',
      'default-caps: pass',
      'sys-admin: fail',
      'nnp: pass',
      'nnp-bare: pass',
    ])
  })

  it('5.26 passes no-new-privileges in either spelling', () => {
    expect(verdicts(noNewPrivileges, targets)).toEqual([
      'plain: fail',
      'privileged: fail',
      'default-caps: fail',
      'sys-admin: fail',
      'nnp: pass',
      'nnp-bare: pass',
    ])
  })

  it('does not apply to a Dockerfile', () => {
    expect(verdicts(privilegedContainer, [dockerfileTarget('FROM a:1\n')])).toEqual([
      'Dockerfile: not-applicable',
    ])
  })
})

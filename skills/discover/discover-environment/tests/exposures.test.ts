/** What each resource is exposed to, case by case: the exposure, what shows it, and the techniques it maps to. */
import { describe, expect, it } from 'vitest'
import type { Relationship, Resource } from '../src/environment.ts'
import { exposuresOf } from '../src/exposures.ts'
import { ACCOUNT, environmentOf } from './environment-of.ts'

function exposures(resource: Resource, others: Resource[] = [], relationships: Relationship[] = []) {
  const environment = environmentOf([resource, ...others], relationships)
  const resourcesByUid = new Map(environment.resources.map((item) => [item.uid, item]))
  return exposuresOf(resource, { environment, resourcesByUid }).map(({ exposure, detail, techniques }) => ({
    exposure,
    detail,
    techniques,
  }))
}

const sg = (ingress: Resource['ingress']): Resource => ({ uid: 'sg', type: 'security-group', ingress })

describe('exposures', () => {
  it.each([
    {
      name: 'an active key',
      resource: { uid: 'AKIAIOSFODNN7EXAMPLE', type: 'access-key', status: 'active' } as Resource,
      expected: [
        {
          exposure: 'active-key',
          detail: 'an active long-lived key',
          techniques: ['T1098.001', 'T1552.001'],
        },
      ],
    },
    {
      name: 'a key of unknown status counts as active',
      resource: { uid: 'key', type: 'access-key' } as Resource,
      expected: [
        {
          exposure: 'active-key',
          detail: 'an active long-lived key',
          techniques: ['T1098.001', 'T1552.001'],
        },
      ],
    },
    {
      name: 'an inactive key',
      resource: { uid: 'key', type: 'access-key', status: 'inactive' } as Resource,
      expected: [],
    },
    {
      name: 'a public bucket',
      resource: { uid: 'b', type: 'bucket', public: true } as Resource,
      expected: [
        { exposure: 'public-access', detail: 'readable without credentials', techniques: ['T1530'] },
      ],
    },
    {
      name: 'a private bucket',
      resource: { uid: 'b', type: 'bucket', public: false } as Resource,
      expected: [],
    },
    {
      name: 'SSH from anywhere',
      resource: sg([{ source: '0.0.0.0/0', protocol: 'tcp', from_port: 22, to_port: 22 }]),
      expected: [{ exposure: 'open-ssh', detail: '0.0.0.0/0 tcp/22', techniques: ['T1021.004', 'T1133'] }],
    },
    {
      name: 'RDP from the Azure Internet tag',
      resource: sg([{ source: 'Internet', protocol: 'tcp', from_port: 3389, to_port: 3389 }]),
      expected: [{ exposure: 'open-rdp', detail: 'Internet tcp/3389', techniques: ['T1021.001', 'T1133'] }],
    },
    {
      name: 'all traffic from anywhere opens SSH, RDP and every other port',
      resource: sg([{ source: '::/0', protocol: 'all' }]),
      expected: [
        { exposure: 'open-ssh', detail: '::/0 all', techniques: ['T1021.004', 'T1133'] },
        { exposure: 'open-rdp', detail: '::/0 all', techniques: ['T1021.001', 'T1133'] },
        { exposure: 'open-port', detail: '::/0 all', techniques: ['T1190'] },
      ],
    },
    {
      name: 'HTTPS from anywhere',
      resource: sg([{ source: '0.0.0.0/0', protocol: 'tcp', from_port: 443, to_port: 443 }]),
      expected: [{ exposure: 'open-port', detail: '0.0.0.0/0 tcp/443', techniques: ['T1190'] }],
    },
    {
      name: 'SSH from a private range',
      resource: sg([{ source: '10.0.0.0/8', protocol: 'tcp', from_port: 22, to_port: 22 }]),
      expected: [],
    },
    { name: 'ICMP from anywhere', resource: sg([{ source: '0.0.0.0/0', protocol: 'icmp' }]), expected: [] },
    {
      name: 'UDP 22 from anywhere is not SSH',
      resource: sg([{ source: '0.0.0.0/0', protocol: 'udp', from_port: 22, to_port: 22 }]),
      expected: [{ exposure: 'open-port', detail: '0.0.0.0/0 udp/22', techniques: ['T1190'] }],
    },
    {
      name: 'an instance with IMDSv1',
      resource: { uid: 'i', type: 'instance', metadata_v1: true } as Resource,
      expected: [
        { exposure: 'metadata-v1', detail: 'IMDSv1 allowed (tokens optional)', techniques: ['T1552.005'] },
      ],
    },
    {
      name: 'an instance that requires tokens',
      resource: { uid: 'i', type: 'instance', metadata_v1: false } as Resource,
      expected: [],
    },
    {
      name: 'a function',
      resource: { uid: 'f', type: 'function' } as Resource,
      expected: [{ exposure: 'serverless-code', detail: 'runs code as its role', techniques: ['T1648'] }],
    },
    {
      name: 'a public model endpoint',
      resource: { uid: 'm', type: 'model-endpoint', public: true } as Resource,
      expected: [
        { exposure: 'inference-api', detail: 'serves model inference', techniques: ['AML.T0040'] },
        {
          exposure: 'public-inference-api',
          detail: 'callable without credentials',
          techniques: ['AML.T0024'],
        },
      ],
    },
    { name: 'a network', resource: { uid: 'n', type: 'network' } as Resource, expected: [] },
  ])('$name', ({ resource, expected }) => {
    expect(exposures(resource)).toEqual(expected)
  })
})

describe('external trust', () => {
  const role: Resource = { uid: 'arn:aws:iam::111122223333:role/r', type: 'role' }
  const trust = (to: string): Relationship => ({ from: role.uid, relation: 'trusts', to })

  it('is a trust to another account', () => {
    const other: Resource = {
      uid: 'arn:aws:iam::999988887777:root',
      type: 'principal',
      account: '999988887777',
    }
    expect(exposures(role, [other], [trust(other.uid)])).toEqual([
      {
        exposure: 'external-trust',
        detail: 'usable by arn:aws:iam::999988887777:root',
        techniques: ['T1199', 'T1078.004'],
      },
    ])
  })

  it('is a principal said to be external holding the role', () => {
    const anyone: Resource = { uid: 'allUsers', type: 'principal', external: true }
    expect(
      exposures(role, [anyone], [{ from: 'allUsers', relation: 'holds', to: role.uid }])[0]?.exposure,
    ).toBe('external-trust')
  })

  it('is not a trust to a service or to the account itself', () => {
    const service: Resource = { uid: 'lambda.amazonaws.com', type: 'principal' }
    const self: Resource = { uid: `arn:aws:iam::${ACCOUNT}:root`, type: 'principal', account: ACCOUNT }
    expect(exposures(role, [service, self], [trust(service.uid), trust(self.uid)])).toEqual([])
  })
})

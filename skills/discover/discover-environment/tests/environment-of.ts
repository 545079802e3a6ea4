/** Small environments for unit tests, built in code so each test shows what it depends on. */
import type { Environment, Relationship, Resource } from '../src/environment.ts'

export const ACCOUNT = '111122223333'

export function environmentOf(resources: Resource[], relationships: Relationship[] = []): Environment {
  return { provider: 'aws', account: ACCOUNT, resources, relationships }
}

/** A little of everything: an exposed key, an open security group, a public bucket, a role trusted from outside. */
export const SMALL_ENVIRONMENT = environmentOf(
  [
    { uid: 'arn:aws:iam::111122223333:user/deploy-bot', type: 'user', name: 'deploy-bot' },
    { uid: 'AKIAIOSFODNN7EXAMPLE', type: 'access-key', status: 'active' },
    { uid: 'arn:aws:iam::111122223333:role/vendor-audit', type: 'role', name: 'vendor-audit' },
    { uid: 'arn:aws:iam::999988887777:root', type: 'principal', account: '999988887777' },
    {
      uid: 'sg-web',
      type: 'security-group',
      name: 'web',
      ingress: [{ source: '0.0.0.0/0', protocol: 'tcp', from_port: 22, to_port: 22 }],
    },
    { uid: 'i-web', type: 'instance', name: 'web-1', metadata_v1: true },
    {
      uid: 'arn:aws:s3:::example-public-assets',
      type: 'bucket',
      name: 'example-public-assets',
      public: true,
    },
  ],
  [
    { from: 'arn:aws:iam::111122223333:user/deploy-bot', relation: 'has', to: 'AKIAIOSFODNN7EXAMPLE' },
    {
      from: 'arn:aws:iam::111122223333:role/vendor-audit',
      relation: 'trusts',
      to: 'arn:aws:iam::999988887777:root',
    },
    { from: 'i-web', relation: 'protected-by', to: 'sg-web' },
  ],
)

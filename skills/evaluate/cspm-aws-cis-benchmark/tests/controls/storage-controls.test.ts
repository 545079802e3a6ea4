/** S3 controls: Block Public Access at account and bucket level (2.1.4), MFA Delete (2.1.2), trail bucket logging (3.4). */
import { describe, expect, it } from 'vitest'
import { bucketMfaDelete } from '../../src/controls/2.1.2.ts'
import { bucketBlockPublicAccess } from '../../src/controls/2.1.4.ts'
import { trailBucketAccessLogging } from '../../src/controls/3.4.ts'
import type { Bucket, PublicAccessBlock } from '../../src/snapshot.ts'
import { emptyData, region, subjectOf, trail } from './snapshot-data.ts'

const ON: PublicAccessBlock = {
  blockPublicAcls: true,
  ignorePublicAcls: true,
  blockPublicPolicy: true,
  restrictPublicBuckets: true,
}

function bucket(overrides: Partial<Bucket> = {}): Bucket {
  return {
    name: 'data',
    region: 'eu-west-1',
    inAccount: true,
    publicAccessBlock: null,
    versioning: null,
    logging: null,
    errors: {},
    ...overrides,
  }
}

describe('2.1.4 Block Public Access', () => {
  function evaluate(account: PublicAccessBlock | null, accountError: string | undefined, buckets: Bucket[]) {
    const data = emptyData()
    data.s3 = {
      accountPublicAccessBlock: account,
      buckets,
      errors: accountError === undefined ? {} : { accountPublicAccessBlock: accountError },
    }
    return bucketBlockPublicAccess
      .evaluate(subjectOf(data))
      .map((outcome) => [outcome.resource.name, outcome.status])
  }

  it.each([
    ['account on covers an open bucket', ON, undefined, bucket(), 'pass'],
    ['bucket on, account off', null, undefined, bucket({ publicAccessBlock: ON }), 'pass'],
    ['both off', null, undefined, bucket(), 'fail'],
    ['bucket on, account unreadable', null, 'denied', bucket({ publicAccessBlock: ON }), 'pass'],
    ['bucket off, account unreadable', null, 'denied', bucket(), 'unknown'],
    [
      'account off, bucket unreadable',
      null,
      undefined,
      bucket({ errors: { publicAccessBlock: 'denied' } }),
      'unknown',
    ],
  ])('%s', (_label, account, accountError, candidate, status) => {
    const outcomes = evaluate(account, accountError, [candidate])
    expect(outcomes[1]).toEqual(['data', status])
  })

  it('reports the account settings too, and leaves out buckets of other accounts', () => {
    expect(
      evaluate({ ...ON, restrictPublicBuckets: false }, undefined, [
        bucket({ publicAccessBlock: ON }),
        bucket({ name: 'theirs', inAccount: false }),
      ]),
    ).toEqual([
      ['111122223333', 'fail'],
      ['data', 'pass'],
    ])
  })
})

describe('2.1.2 MFA Delete', () => {
  it.each([
    [{ status: 'Enabled', mfaDelete: 'Enabled' }, 'pass'],
    [{ status: 'Enabled', mfaDelete: 'Disabled' }, 'fail'],
    [{ status: 'Suspended', mfaDelete: 'Enabled' }, 'fail'],
    [null, 'fail'],
  ])('versioning %j: %s', (versioning, status) => {
    const data = emptyData()
    data.s3.buckets = [bucket({ versioning })]
    expect(bucketMfaDelete.evaluate(subjectOf(data))[0]?.status).toBe(status)
  })

  it('is Not Applicable with no bucket', () => {
    expect(bucketMfaDelete.evaluate(subjectOf(emptyData()))[0]?.status).toBe('not-applicable')
  })
})

describe('3.4 access logging of the trail bucket', () => {
  it('judges each trail bucket once, and is Unknown for one it could not read', () => {
    const data = emptyData()
    data.regions = [region('us-east-1')]
    data.cloudtrail.trails = [
      trail({ name: 'a', s3BucketName: 'logs' }),
      trail({
        name: 'b',
        trailArn: 'arn:aws:cloudtrail:us-east-1:111122223333:trail/b',
        s3BucketName: 'logs',
      }),
      trail({
        name: 'c',
        trailArn: 'arn:aws:cloudtrail:us-east-1:111122223333:trail/c',
        s3BucketName: 'central',
      }),
    ]
    data.s3.buckets = [
      bucket({ name: 'logs', logging: { targetBucket: 'access', targetPrefix: 'logs/' } }),
      bucket({
        name: 'central',
        inAccount: false,
        region: null,
        errors: { logging: 'Amazon S3 GetBucketLogging: permission denied' },
      }),
    ]
    expect(
      trailBucketAccessLogging
        .evaluate(subjectOf(data))
        .map((outcome) => [outcome.resource.name, outcome.status, outcome.detail]),
    ).toEqual([
      ['logs', 'pass', 'logs, the log bucket of a, b, logs access to s3://access/logs/.'],
      [
        'central',
        'unknown',
        'Could not evaluate: collection failed (logging of central: Amazon S3 GetBucketLogging: permission denied).',
      ],
    ])
  })
})

/** Trails (3.1), the monitoring chain every section 4 control audits, and filter patterns. */
import { describe, expect, it } from 'vitest'
import { cloudtrailAllRegions } from '../../src/controls/3.1.ts'
import { trailLogFileValidation } from '../../src/controls/3.2.ts'
import { rootUsageMonitored } from '../../src/controls/4.3.ts'
import { securityGroupChangesMonitored } from '../../src/controls/4.10.ts'
import { comparisonsOf, missingComparisons } from '../../src/filter-pattern.ts'
import type { AwsSnapshotData, LogGroup, MetricFilter } from '../../src/snapshot.ts'
import { recordsAllManagementEvents } from '../../src/trail-coverage.ts'
import { emptyData, region, subjectOf, trail } from './snapshot-data.ts'

describe('filter patterns', () => {
  it('reads comparisons whatever the spacing and quoting', () => {
    expect([
      ...comparisonsOf(
        '{ $.userIdentity.type="Root" && $.userIdentity.invokedBy NOT   EXISTS && ($.eventType != "AwsServiceEvent") }',
      ),
    ]).toEqual([
      'userIdentity.type = Root',
      'userIdentity.invokedBy NOT EXISTS',
      'eventType != AwsServiceEvent',
    ])
  })

  it('names what a filter lacks', () => {
    expect(
      missingComparisons('{ ($.eventName = CreateTrail) || ($.eventName = "StopLogging") }', [
        'eventName = CreateTrail',
        'eventName = StopLogging',
        'eventName = DeleteTrail',
      ]),
    ).toEqual(['eventName = DeleteTrail'])
  })

  it('does not take a negation for the comparison it negates', () => {
    expect(missingComparisons('{ $.userIdentity.type != "Root" }', ['userIdentity.type = Root'])).toEqual([
      'userIdentity.type = Root',
    ])
  })
})

describe('management events of a trail', () => {
  it.each([
    [
      'basic selectors, all',
      { eventSelectors: [{ readWriteType: 'All', includeManagementEvents: true }] },
      true,
    ],
    [
      'basic selectors, write only',
      { eventSelectors: [{ readWriteType: 'WriteOnly', includeManagementEvents: true }] },
      false,
    ],
    [
      'basic selectors, data events only',
      { eventSelectors: [{ readWriteType: 'All', includeManagementEvents: false }] },
      false,
    ],
    [
      'advanced selector of management events',
      { advancedEventSelectors: [{ fieldSelectors: [{ field: 'eventCategory', equals: ['Management'] }] }] },
      true,
    ],
    [
      'advanced selector of read-only management events',
      {
        advancedEventSelectors: [
          {
            fieldSelectors: [
              { field: 'eventCategory', equals: ['Management'] },
              { field: 'readOnly', equals: ['true'] },
            ],
          },
        ],
      },
      false,
    ],
    [
      'advanced selector leaving out KMS events',
      {
        advancedEventSelectors: [
          {
            fieldSelectors: [
              { field: 'eventCategory', equals: ['Management'] },
              { field: 'eventSource', notEquals: ['kms.amazonaws.com'] },
            ],
          },
        ],
      },
      false,
    ],
    ['selectors not read', { eventSelectors: null }, undefined],
  ])('%s', (_label, overrides, expected) => {
    expect(recordsAllManagementEvents(trail(overrides))).toBe(expected)
  })
})

describe('3.1 CloudTrail enabled in all regions', () => {
  function evaluate(data: AwsSnapshotData) {
    return cloudtrailAllRegions.evaluate(subjectOf(data)).map((outcome) => [outcome.status, outcome.detail])
  }

  it('passes on one qualifying trail whatever else is unknown', () => {
    const data = emptyData()
    data.regions = [region('us-east-1'), region('eu-west-1', { errors: { trails: 'denied' } })]
    data.cloudtrail.trails = [
      trail(),
      trail({ name: 'other', isLogging: null, errors: { status: 'denied' } }),
    ]
    expect(evaluate(data)).toEqual([['pass', 'main logs all management events in every region.']])
  })

  it('is Unknown, not failed, when a candidate trail could not be read', () => {
    const data = emptyData()
    data.regions = [region('us-east-1')]
    data.cloudtrail.trails = [
      trail({ isLogging: null, errors: { status: 'AWS CloudTrail GetTrailStatus: permission denied' } }),
    ]
    expect(evaluate(data)).toEqual([
      [
        'unknown',
        'Could not evaluate: collection failed (status of main: AWS CloudTrail GetTrailStatus: permission denied).',
      ],
    ])
  })

  it('is Unknown when no region could list its trails', () => {
    const data = emptyData()
    data.regions = [region('us-east-1', { errors: { trails: 'throttled' } })]
    expect(evaluate(data)[0]?.[0]).toBe('unknown')
  })

  it('fails with each shortfall named', () => {
    const data = emptyData()
    data.regions = [region('us-east-1')]
    data.cloudtrail.trails = [
      trail({ name: 'regional', isMultiRegionTrail: false }),
      trail({
        name: 'stopped',
        isLogging: false,
        eventSelectors: [{ readWriteType: 'ReadOnly', includeManagementEvents: true }],
      }),
    ]
    expect(evaluate(data)).toEqual([
      [
        'fail',
        'No trail logs all management events in every region: stopped is not logging; stopped does not record all management events, read and write.',
      ],
    ])
  })
})

describe('per-trail controls', () => {
  it('are Not Applicable with no trail, and Unknown for a region whose trails were not listed', () => {
    const data = emptyData()
    data.regions = [region('us-east-1')]
    expect(trailLogFileValidation.evaluate(subjectOf(data)).map((outcome) => outcome.status)).toEqual([
      'not-applicable',
    ])
    data.regions = [region('us-east-1', { errors: { trails: 'denied' } })]
    expect(trailLogFileValidation.evaluate(subjectOf(data)).map((outcome) => outcome.status)).toEqual([
      'unknown',
    ])
  })
})

const TOPIC = 'arn:aws:sns:us-east-1:111122223333:alerts'
const ROOT_PATTERN =
  '{ $.userIdentity.type = "Root" && $.userIdentity.invokedBy NOT EXISTS && $.eventType != "AwsServiceEvent" }'

function filter(overrides: Partial<MetricFilter> = {}): MetricFilter {
  return {
    filterName: 'root-usage',
    filterPattern: ROOT_PATTERN,
    metricName: 'RootUsage',
    metricNamespace: 'Security',
    alarms: [{ alarmName: 'root-usage', actionsEnabled: true, alarmActions: [TOPIC] }],
    errors: {},
    ...overrides,
  }
}

function monitored(logGroup: Partial<LogGroup>, confirmed: number | null = 1): AwsSnapshotData {
  const data = emptyData()
  data.regions = [region('us-east-1')]
  data.cloudtrail.trails = [trail()]
  data.monitoring = {
    logGroups: [
      {
        logGroupArn: 'arn:aws:logs:us-east-1:111122223333:log-group:trail:*',
        logGroupName: 'trail',
        region: 'us-east-1',
        metricFilters: [filter()],
        errors: {},
        ...logGroup,
      },
    ],
    topics: [
      {
        topicArn: TOPIC,
        confirmedSubscriptions: confirmed,
        errors: confirmed === null ? { subscriptions: 'denied' } : {},
      },
    ],
  }
  return data
}

describe('the monitoring chain (4.3 root usage)', () => {
  function evaluate(data: AwsSnapshotData) {
    const [outcome] = rootUsageMonitored.evaluate(subjectOf(data))
    return [outcome?.status, outcome?.detail]
  }

  it('passes with filter, alarm and a confirmed subscriber', () => {
    expect(evaluate(monitored({}))).toEqual([
      'pass',
      `Monitored: main -> trail: filter root-usage, alarm root-usage, topic ${TOPIC}.`,
    ])
  })

  it.each([
    [
      'no filter matches',
      { metricFilters: [filter({ filterPattern: '{ $.userIdentity.type = "Root" }' })] },
      1,
      'no metric filter matches',
    ],
    [
      'the filter has no alarm',
      { metricFilters: [filter({ alarms: [] })] },
      1,
      'has no alarm on Security/RootUsage',
    ],
    [
      'the alarm has its actions off',
      {
        metricFilters: [
          filter({ alarms: [{ alarmName: 'root-usage', actionsEnabled: false, alarmActions: [TOPIC] }] }),
        ],
      },
      1,
      'has its actions disabled',
    ],
    ['the topic has nobody confirmed', {}, 0, 'notifies no SNS topic with a confirmed subscription'],
  ])('fails when %s', (_label, logGroup, confirmed, reason) => {
    const [status, detail] = evaluate(monitored(logGroup, confirmed))
    expect(status).toBe('fail')
    expect(detail).toContain(reason)
  })

  it.each([
    ['the filters could not be read', { metricFilters: [], errors: { metricFilters: 'denied' } }, 1],
    [
      'the alarms could not be read',
      { metricFilters: [filter({ alarms: [], errors: { alarms: 'throttled' } })] },
      1,
    ],
    ['the subscriptions could not be read', {}, null],
  ])('is Unknown when %s', (_label, logGroup, confirmed) => {
    expect(evaluate(monitored(logGroup, confirmed))[0]).toBe('unknown')
  })

  it('fails when the qualifying trail delivers to no log group', () => {
    const data = monitored({})
    data.cloudtrail.trails = [trail({ cloudWatchLogsLogGroupArn: null })]
    expect(evaluate(data)).toEqual([
      'fail',
      'Not monitored: no CloudWatch Logs group receives the events of main.',
    ])
  })

  it('needs every event name of its pattern (4.10 security groups)', () => {
    const partial = '{ ($.eventName = AuthorizeSecurityGroupIngress) || ($.eventName = CreateSecurityGroup) }'
    const data = monitored({ metricFilters: [filter({ filterPattern: partial })] })
    expect(securityGroupChangesMonitored.evaluate(subjectOf(data))[0]?.status).toBe('fail')
  })
})

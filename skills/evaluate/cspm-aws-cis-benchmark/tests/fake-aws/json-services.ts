/**
 * CloudTrail and CloudWatch Logs (AWS JSON 1.1) and CloudWatch (AWS JSON 1.0, which the SDK now speaks to it,
 * with query-compatible error codes): POST /, the operation in X-Amz-Target, JSON in and out.
 */

import { AwsFault, pageOf, type Reply } from '../../../../../tests/helpers/aws-wire.ts'
import type { FakeAccount, FakeTrail } from './fake-account.ts'

export interface JsonContext {
  readonly account: FakeAccount
  readonly region: string
  readonly input: Record<string, unknown>
  readonly pageSize: number
}

function json(body: unknown, version: '1.0' | '1.1'): Reply {
  return { status: 200, contentType: `application/x-amz-json-${version}`, body: JSON.stringify(body) }
}

function trailArn(account: FakeAccount, trail: FakeTrail): string {
  return `arn:aws:cloudtrail:${trail.homeRegion}:${account.accountId}:trail/${trail.name}`
}

function findTrail(context: JsonContext, key: string): FakeTrail {
  const name = context.input[key]
  const trail = context.account.trails.find(
    (candidate) => candidate.name === name || trailArn(context.account, candidate) === name,
  )
  if (trail === undefined) throw new AwsFault('TrailNotFoundException', 400, `Unknown trail: ${String(name)}`)
  return trail
}

export const CLOUDTRAIL: Readonly<Record<string, (context: JsonContext) => Reply>> = {
  DescribeTrails: ({ account, region, input }) => {
    const shadows = input.includeShadowTrails !== false
    // A multi-region or organization trail shows in every region, as a shadow outside its home.
    const visible = account.trails.filter(
      (trail) =>
        trail.homeRegion === region ||
        (shadows && (trail.isMultiRegionTrail || trail.isOrganizationTrail === true)),
    )
    return json(
      {
        trailList: visible.map((trail) => ({
          Name: trail.name,
          S3BucketName: trail.s3BucketName,
          IncludeGlobalServiceEvents: true,
          IsMultiRegionTrail: trail.isMultiRegionTrail,
          HomeRegion: trail.homeRegion,
          TrailARN: trailArn(account, trail),
          LogFileValidationEnabled: trail.logFileValidationEnabled,
          CloudWatchLogsLogGroupArn: trail.cloudWatchLogsLogGroupArn,
          KmsKeyId: trail.kmsKeyId,
          HasCustomEventSelectors: true,
          IsOrganizationTrail: trail.isOrganizationTrail === true,
        })),
      },
      '1.1',
    )
  },
  GetTrailStatus: (context) => json({ IsLogging: findTrail(context, 'Name').isLogging }, '1.1'),
  GetEventSelectors: (context) => {
    const trail = findTrail(context, 'TrailName')
    const selectors =
      trail.advancedEventSelectors === undefined
        ? { EventSelectors: trail.eventSelectors ?? [] }
        : { AdvancedEventSelectors: trail.advancedEventSelectors }
    return json({ TrailARN: trailArn(context.account, trail), ...selectors }, '1.1')
  },
}

export const LOGS: Readonly<Record<string, (context: JsonContext) => Reply>> = {
  DescribeMetricFilters: (context) => {
    const group = context.account.logGroups.find(
      (candidate) => candidate.region === context.region && candidate.name === context.input.logGroupName,
    )
    if (group === undefined)
      throw new AwsFault('ResourceNotFoundException', 400, 'The specified log group does not exist.')
    const token = typeof context.input.nextToken === 'string' ? context.input.nextToken : undefined
    const { page, next } = pageOf(group.metricFilters, token, context.pageSize)
    return json(
      {
        metricFilters: page.map((filter) => ({
          filterName: filter.filterName,
          filterPattern: filter.filterPattern,
          metricTransformations: [
            { metricName: filter.metricName, metricNamespace: filter.metricNamespace, metricValue: '1' },
          ],
          creationTime: 1_600_000_000_000,
          logGroupName: group.name,
        })),
        nextToken: next,
      },
      '1.1',
    )
  },
}

export const CLOUDWATCH: Readonly<Record<string, (context: JsonContext) => Reply>> = {
  DescribeAlarmsForMetric: ({ account, region, input }) => {
    const alarms = account.alarms.filter(
      (alarm) =>
        alarm.region === region &&
        alarm.metricName === input.MetricName &&
        alarm.namespace === input.Namespace,
    )
    return json(
      {
        MetricAlarms: alarms.map((alarm) => ({
          AlarmName: alarm.alarmName,
          AlarmArn: `arn:aws:cloudwatch:${region}:${account.accountId}:alarm:${alarm.alarmName}`,
          ActionsEnabled: alarm.actionsEnabled,
          AlarmActions: alarm.alarmActions,
          MetricName: alarm.metricName,
          Namespace: alarm.namespace,
          Statistic: 'Sum',
          Period: 300,
          EvaluationPeriods: 1,
          Threshold: 1,
          ComparisonOperator: 'GreaterThanOrEqualToThreshold',
          StateValue: 'OK',
        })),
      },
      '1.0',
    )
  },
}

/**
 * Where departures come from, behind one interface: HR export files (CSV or JSON, the default), or a
 * Workday custom report fetched as JSON over HTTPS (Report-as-a-Service). Another source, a data
 * warehouse query for one, is one more implementation of DepartureSource.
 */
import { ServiceError } from '#shared/errors/index.ts'
import type { Input, InputItem } from '#shared/io/index.ts'
import { readInputItems } from '#shared/io/index.ts'

export interface DepartureSource {
  /** As messages and the plan name it: the file path, or `workday:<report>`. */
  readonly name: string
  items(): AsyncIterable<InputItem[]>
}

export function fileSource(input: Input): DepartureSource {
  return { name: input.name, items: () => readInputItems(input) }
}

export interface WorkdayReport {
  /** `https://<host>/ccx/service/customreport2/<tenant>/<owner>/<report>`; `format=json` is added. */
  readonly url: string
  /** The integration system user, `user@tenant`, and its password (HTTP Basic, as RaaS accepts). */
  readonly username: string
  readonly password: string
  readonly timeoutMs?: number
}

/** The report's name for messages, without host or query: `workday:<tenant>/<owner>/<report>`. */
function reportName(url: URL): string {
  const path = url.pathname.replace(/^.*\/customreport2\//, '')
  return `workday:${decodeURIComponent(path)}`
}

export function workdaySource(report: WorkdayReport): DepartureSource {
  const url = new URL(report.url)
  if (url.protocol !== 'https:' && url.hostname !== '127.0.0.1' && url.hostname !== 'localhost') {
    throw new ServiceError(`${report.url}: Workday reports are fetched over HTTPS only`, 'Workday')
  }
  url.searchParams.set('format', 'json')
  const name = reportName(url)
  return {
    name,
    async *items() {
      const response = await fetch(url, {
        headers: {
          authorization: `Basic ${Buffer.from(`${report.username}:${report.password}`).toString('base64')}`,
          accept: 'application/json',
        },
        signal: AbortSignal.timeout(report.timeoutMs ?? 60_000),
      })
      const text = await response.text()
      if (!response.ok) {
        const hint = response.status === 401 ? ' (check WORKDAY_USERNAME and WORKDAY_PASSWORD)' : ''
        throw new ServiceError(`${name}: HTTP ${response.status}${hint}: ${text.slice(0, 200)}`, 'Workday')
      }
      let value: unknown
      try {
        value = JSON.parse(text)
      } catch (error) {
        throw new ServiceError(`${name}: the report is not JSON: ${(error as Error).message}`, 'Workday')
      }
      yield [{ kind: 'value', value, location: { source: name } }]
    },
  }
}

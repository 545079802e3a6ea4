/** HR records into departures: CSV, JSONL and Workday JSON; malformed rows reported by line and kept out. */
import { describe, expect, it } from 'vitest'
import { runProcessor } from '../../../../tests/helpers/in-process.ts'
import { parseCsvLine } from '../src/csv-line.ts'
import { parseHrDate } from '../src/departure.ts'
import { DepartureCollector } from '../src/departure-collector.ts'

const CSV = [
  'Employee ID,Work Email,Name,Termination Date,Rehire Date',
  'E1,ada@example.com,"Lovelace, Ada",2024-05-01,',
  'E2,not-an-email,Bad Row,2024-05-01,',
  'E3,bob@example.com,Bob,05/01/2024,',
  'E4,cy@example.com,Cy,2024-05-01,2024-04-01',
  ',,Nobody,2024-05-01,',
  'E5,"open@example.com,Open,2024-05-01,',
  'E6,dee@example.com,Dee,2024-02-30,',
  'E7,eve@example.com,Eve,2023-01-15,2024-02-01',
  'E8,too,many,fields,2024-05-01,,',
].join('\n')

describe('DepartureCollector', () => {
  it('reads a CSV export and reports each malformed row by its line, never as a departure', async () => {
    const collector = new DepartureCollector()
    const run = await runProcessor(collector, CSV, 'departures.csv')
    expect(
      collector.departures.map((departure) => [departure.employeeId, departure.email, departure.source]),
    ).toEqual([
      ['E1', 'ada@example.com', 'departures.csv:2'],
      ['E7', 'eve@example.com', 'departures.csv:9'],
    ])
    expect(collector.departures[1]).toMatchObject({
      terminationDate: '2023-01-15',
      rehireDate: '2024-02-01',
      rehireTime: Date.UTC(2024, 1, 1),
    })
    expect(collector.malformed).toEqual([
      { source: 'departures.csv', line: 3, reason: 'malformed email: not-an-email' },
      {
        source: 'departures.csv',
        line: 4,
        reason: 'malformed termination date: 05/01/2024: expected YYYY-MM-DD',
      },
      {
        source: 'departures.csv',
        line: 5,
        reason: 'rehire date not after termination: 2024-04-01 <= 2024-05-01',
      },
      { source: 'departures.csv', line: 6, reason: 'no person: neither an email nor an employee id' },
      {
        source: 'departures.csv',
        line: 7,
        reason: 'malformed CSV: a quoted field is not closed on its line',
      },
      {
        source: 'departures.csv',
        line: 8,
        reason: 'malformed termination date: 2024-02-30: expected YYYY-MM-DD',
      },
      { source: 'departures.csv', line: 10, reason: 'malformed CSV: 7 fields where the header has 5' },
    ])
    expect(run.warnings).toContain('test: departures.csv:3: skipped: malformed email (not-an-email)')
    expect(run.reporter.read).toBe(10)
    expect(run.reporter.isBalanced()).toBe(true)
    expect(run.reporter.dropped.get('CSV header')).toBe(1)
  })

  it('reads JSONL and a Workday report, whose entries are numbered', async () => {
    const jsonl = new DepartureCollector()
    await runProcessor(
      jsonl,
      '{"email":"a@example.com","termination_date":"2024-05-01"}\n{"email":"b@example.com"}\n{not json',
      'departures.jsonl',
    )
    expect(jsonl.departures.map((departure) => departure.email)).toEqual(['a@example.com'])
    expect(jsonl.malformed.map((record) => [record.line, record.reason.split(':')[0]])).toEqual([
      [2, 'no termination date'],
      [3, 'malformed JSON'],
    ])
    const workday = new DepartureCollector()
    const report = {
      Report_Entry: [
        {
          Employee_ID: '21001',
          Primary_Work_Email: 'logan@example.com',
          Termination_Date: '2024-05-01-07:00',
        },
        { Employee_ID: '21002', Termination_Date: 'soon' },
      ],
    }
    await runProcessor(workday, JSON.stringify(report, null, 2), 'workday:acme/ISU_HR/Terminations')
    expect(workday.departures).toMatchObject([
      { employeeId: '21001', email: 'logan@example.com', terminationTime: Date.UTC(2024, 4, 1) },
    ])
    expect(workday.malformed).toEqual([
      {
        source: 'workday:acme/ISU_HR/Terminations',
        line: 1,
        record: 2,
        reason: 'malformed termination date: soon: expected YYYY-MM-DD',
      },
    ])
  })

  it.each([
    ['a,b,c', ['a', 'b', 'c']],
    ['"Doe, Jane","say ""hi""",x', ['Doe, Jane', 'say "hi"', 'x']],
    [' padded , "" ,', ['padded', '', '']],
  ])('parses the CSV line %s', (line, fields) => {
    expect(parseCsvLine(line)).toEqual(fields)
  })

  it.each([
    ['2024-05-01', Date.UTC(2024, 4, 1)],
    ['2024-05-01Z', Date.UTC(2024, 4, 1)],
    ['2024-05-01T17:30:00+02:00', Date.UTC(2024, 4, 1, 15, 30)],
    ['2024-13-01', undefined],
    ['01/05/2024', undefined],
    ['2024-05-01T17:30:00', undefined],
  ])('reads the HR date %s unambiguously or not at all', (text, time) => {
    expect(parseHrDate(text)).toBe(time)
  })
})

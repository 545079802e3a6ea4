/**
 * HR column names to the four fields a departure needs. Exports name them many ways (an HRIS export's
 * "Work Email", a Workday report's "Primary_Work_Email"), so names are compared with case, spaces,
 * dashes and underscores removed, and each field accepts the spellings below.
 */

export type DepartureField = 'email' | 'employeeId' | 'terminationDate' | 'rehireDate'

const FIELD_NAMES: Readonly<Record<DepartureField, readonly string[]>> = {
  email: ['email', 'workemail', 'emailaddress', 'primaryworkemail', 'mail', 'emailprimarywork'],
  employeeId: ['employeeid', 'workerid', 'employeenumber', 'employeeno', 'personnelnumber', 'empid'],
  terminationDate: ['terminationdate', 'termdate', 'lastdayofwork', 'lastday', 'separationdate', 'enddate'],
  rehireDate: ['rehiredate', 'rehiredon', 'rehire'],
}

export function normaliseColumn(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, '')
}

const BY_COLUMN = new Map<string, DepartureField>()
for (const [field, names] of Object.entries(FIELD_NAMES) as Array<[DepartureField, readonly string[]]>) {
  for (const name of names) BY_COLUMN.set(name, field)
}

/** The departure field a column holds, or undefined for columns the plan does not use (names, departments). */
export function fieldOfColumn(column: string): DepartureField | undefined {
  return BY_COLUMN.get(normaliseColumn(column))
}

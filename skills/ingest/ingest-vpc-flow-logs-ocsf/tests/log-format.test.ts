/** --log-format takes the format as CreateFlowLogs does, and refuses misspelt fields. */
import { InvalidArgumentError } from 'commander'
import { describe, expect, it } from 'vitest'
import { logFormatOption } from '../src/log-format.ts'

describe('--log-format', () => {
  it('reads the form CreateFlowLogs takes and bare names alike', () => {
    expect(logFormatOption(`\${version} \${vpc-id}  \${srcaddr}`)).toEqual(['version', 'vpc-id', 'srcaddr'])
    expect(logFormatOption('version vpc-id srcaddr')).toEqual(['version', 'vpc-id', 'srcaddr'])
  })

  it('accepts the fields of later versions', () => {
    expect(logFormatOption('srcaddr ecs-task-id reject-reason')).toHaveLength(3)
  })

  it('refuses unknown fields and an empty format', () => {
    expect(() => logFormatOption('srcadr dstaddr')).toThrow(InvalidArgumentError)
    expect(() => logFormatOption('srcadr dstaddr')).toThrow('unknown flow log field(s): srcadr')
    expect(() => logFormatOption('  ')).toThrow(InvalidArgumentError)
  })
})

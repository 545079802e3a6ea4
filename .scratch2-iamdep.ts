import { Command } from 'commander'
const p = new Command('x').exitOverride()
p.enablePositionalOptions()
p.argument('<plan>').option('--apply').action((plan, o) => console.log('root', plan, o))
p.command('retry').argument('<dl>').option('--apply').requiredOption('--plan <f>').action((dl, o) => console.log('retry', dl, o))
await p.parseAsync(['node', 'x', 'retry', 'dl.jsonl', '--plan', 'p', '--apply'])

/** convert-ocsf-to-mermaid-attack-flow: OCSF Detection and failed Compliance Findings to one Mermaid attack-flow diagram. */
import { InvalidArgumentError } from 'commander'
import { type CommonOptions, positiveIntegerOption, runRecordSkill } from '#shared/cli/index.ts'
import { createMermaidProcessor } from './mermaid-processor.ts'

/** Mermaid draws at most 500 edges by default, and GitHub renders with the defaults. */
const MERMAID_MAX_EDGES = 500
const MAX_NODES = 300

interface Options extends CommonOptions {
  fenced?: boolean
  maxNodes: number
  maxEdges: number
}

function boundedOption(limit: number) {
  return (value: string): number => {
    const number = positiveIntegerOption(value)
    if (number > limit) throw new InvalidArgumentError(`expected at most ${limit}`)
    return number
  }
}

await runRecordSkill<Options>({
  name: 'convert-ocsf-to-mermaid-attack-flow',
  description:
    'Convert OCSF Detection Findings (2004) and failed Compliance Findings (2003) into one Mermaid flowchart of actors, the MITRE ATT&CK techniques they used and their targets, coloured by severity, with stable node ids; --fenced wraps it for a pull-request comment.',
  configure: (program) =>
    program
      .option('--fenced', 'wrap the diagram in a ```mermaid block, for pull-request comments and Markdown')
      .option(
        '--max-nodes <count>',
        `most nodes to draw (at most ${MAX_NODES})`,
        boundedOption(MAX_NODES),
        60,
      )
      .option(
        '--max-edges <count>',
        `most edges to draw (at most ${MERMAID_MAX_EDGES}, Mermaid's own limit)`,
        boundedOption(MERMAID_MAX_EDGES),
        120,
      ),
  create: (options) =>
    createMermaidProcessor({
      fenced: options.fenced === true,
      maxNodes: options.maxNodes,
      maxEdges: options.maxEdges,
    }),
})

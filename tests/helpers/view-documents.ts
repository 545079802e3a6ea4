/**
 * Checks for the one document a view skill writes: a SARIF log (JSON, checked against the OASIS SARIF
 * 2.1.0 schema when ../shared is present) or a Mermaid flowchart (parsed by Mermaid itself).
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import AjvDraft04 from 'ajv-draft-04'
import { parseFlowchart } from './mermaid-parser.ts'
import { HAS_SHARED, SHARED } from './paths.ts'

let sarifValidator: ((log: unknown) => string[]) | undefined

function sarifSchemaProblems(log: unknown): string[] {
  if (!HAS_SHARED) return []
  if (sarifValidator === undefined) {
    const schema = JSON.parse(
      readFileSync(join(SHARED, 'sarif', 'sarif-schema-2.1.0.json'), 'utf8'),
    ) as object
    // ajv-draft-04 is CommonJS; its class is the default export's default.
    const ajv = new AjvDraft04.default({ allErrors: true, strict: false, validateFormats: false })
    const validate = ajv.compile(schema)
    sarifValidator = (value) =>
      validate(value) ? [] : (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message}`)
  }
  return sarifValidator(log)
}

/** Mermaid text without the ```mermaid fence that --fenced adds. */
function unfenced(text: string): string {
  const fenced = /^```mermaid\n([\s\S]*?)\n```\s*$/.exec(text.trim())
  return fenced === null ? text : (fenced[1] ?? '')
}

/**
 * Problems with a view's output: empty list when it is a valid SARIF log or a Mermaid flowchart. Mermaid's
 * parser takes about a tenth of a second a diagram; `parseMermaid: false` checks only its first line.
 */
export async function viewDocumentProblems(text: string, { parseMermaid = true } = {}): Promise<string[]> {
  if (text.trim().length === 0) return ['wrote no document']
  if (text.trimStart().startsWith('{')) {
    let log: { version?: unknown }
    try {
      log = JSON.parse(text) as { version?: unknown }
    } catch (error) {
      return [`SARIF is not JSON: ${(error as Error).message}`]
    }
    if (log.version !== '2.1.0') return ['SARIF version is not 2.1.0']
    return sarifSchemaProblems(log)
  }
  if (!parseMermaid) {
    return /^(flowchart|graph) /.test(unfenced(text).trimStart()) ? [] : ['not a Mermaid flowchart']
  }
  try {
    await parseFlowchart(unfenced(text))
    return []
  } catch (error) {
    return [`Mermaid does not parse it: ${(error as Error).message.split('\n')[0]}`]
  }
}

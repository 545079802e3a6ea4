/**
 * zod, as every schema in the toolkit uses it. Import it from here as `import * as z from
 * '#shared/json/zod.ts'` (the namespace form lets the build leave out what is unused).
 */
// biome-ignore lint/style/noRestrictedImports: the one module that imports zod itself
import * as z from 'zod'

// No generated code: zod compiles a parser for each object schema on its first use, which costs a skill
// more at start than it saves on the few documents it validates, and a security tool runs no code it
// builds at run time.
z.config({ jitless: true })

// biome-ignore lint/style/noRestrictedImports: the one module that imports zod itself
export * from 'zod'

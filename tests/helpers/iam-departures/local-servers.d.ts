/** The parts of the local AWS servers from npm (dynalite for DynamoDB, s3rver for S3) the tests use; neither ships types. */
declare module 'dynalite' {
  import type { Server } from 'node:http'

  export default function dynalite(options?: {
    createTableMs?: number
    deleteTableMs?: number
    updateTableMs?: number
  }): Server
}

declare module 's3rver' {
  export default class S3rver {
    constructor(options: { port?: number; address?: string; silent?: boolean; directory: string })
    run(): Promise<{ address: string; port: number }>
    close(): Promise<void>
  }
}

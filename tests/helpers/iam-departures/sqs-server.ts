/** A loopback Amazon SQS endpoint for SendMessage in the AWS JSON 1.0 protocol the SDK speaks (X-Amz-Target). */
import { createHash } from 'node:crypto'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

export class SqsLoopbackServer {
  readonly messages: Array<{ queueUrl: string; body: string }> = []
  private server: Server | undefined

  async start(): Promise<string> {
    this.server = createServer((request, response) => {
      const chunks: Buffer[] = []
      request.on('data', (chunk: Buffer) => chunks.push(chunk))
      request.on('end', () => {
        const input = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
          QueueUrl?: string
          MessageBody?: string
        }
        if (request.headers['x-amz-target'] !== 'AmazonSQS.SendMessage' || input.MessageBody === undefined) {
          response.writeHead(400, { 'content-type': 'application/x-amz-json-1.0' })
          response.end(
            JSON.stringify({ __type: 'com.amazonaws.sqs#InvalidAction', message: 'only SendMessage' }),
          )
          return
        }
        this.messages.push({ queueUrl: input.QueueUrl ?? '', body: input.MessageBody })
        response.writeHead(200, { 'content-type': 'application/x-amz-json-1.0' })
        response.end(
          JSON.stringify({
            MessageId: `00000000-0000-4000-8000-${String(this.messages.length).padStart(12, '0')}`,
            MD5OfMessageBody: createHash('md5').update(input.MessageBody).digest('hex'),
          }),
        )
      })
    })
    const server = this.server
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server?.close(() => resolve()))
  }
}

// A webhook receiver on 127.0.0.1: records every request whole (headers,
// body, when) and answers as the test scripts it. With a verifier it checks
// signatures the way a real receiver would, with the standardwebhooks package.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Webhook } from 'standardwebhooks';

export type Reply = { status: number; headers?: Record<string, string> } | 'hang';

export interface Received {
  headers: Record<string, string>;
  body: string;
  /** null when the verifier accepted the request (or there is none), else its error message. */
  verifyError: string | null;
  at: number;
}

export interface Receiver {
  /** http://127.0.0.1:<port><path> */
  url: string;
  received: Received[];
  /** Drops open connections (a 'hang' reply keeps one) and stops listening. */
  close(): Promise<void>;
}

/** Answers the n-th request (1-based); 'hang' never answers. */
export type Script = (n: number, request: Received) => Reply;

export interface ReceiverOptions {
  verifier?: Webhook | null;
  /** The URL's path; a secret in it must never show in logs. Default /hooks/framecap. */
  path?: string;
}

export async function startReceiver(reply: Script = () => ({ status: 204 }), opts: ReceiverOptions = {}): Promise<Receiver> {
  const received: Received[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const headers: Record<string, string> = {};
      for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string') headers[k] = v;
      let verifyError: string | null = null;
      if (opts.verifier) {
        try {
          opts.verifier.verify(body, headers);
        } catch (err) {
          verifyError = (err as Error).message;
        }
      }
      const request = { headers, body, verifyError, at: Date.now() };
      received.push(request);
      const answer = reply(received.length, request);
      if (answer === 'hang') return; // never answer; close() drops the socket
      res.writeHead(answer.status, { 'content-type': 'text/plain', ...answer.headers });
      res.end(`status ${answer.status}`);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${opts.path ?? '/hooks/framecap'}`,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

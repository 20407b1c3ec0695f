// Types for serve.mjs, so TypeScript tests can import the plain-JS server.
import type { IncomingMessage, ServerResponse } from 'node:http';

export type RouteHandler = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

export interface ServeOptions {
  /** Folder to serve (path or file: URL). */
  root: string | URL;
  /** 0 (default) picks a free port. */
  port?: number;
  /** Only this address is listened on. Default 127.0.0.1. */
  host?: string;
  /** Exact decoded path → handler; a key ending in `*` matches that prefix. */
  routes?: Record<string, RouteHandler>;
  /** Sees every request first: the decoded path (the raw one when refused). */
  onRequest?: (path: string, req: IncomingMessage) => void;
}

export interface StaticServer {
  /** e.g. http://127.0.0.1:41234 (no trailing slash). */
  origin: string;
  port: number;
  /** Stops listening and destroys open connections; safe to call twice. */
  close(): Promise<void>;
}

export function serveStatic(options: ServeOptions): Promise<StaticServer>;

/** The decoded request path, or null when it could escape the root. */
export function decodeSafePath(rawPath: string): string | null;

// A zero-dependency static file server for the example site. `npm run demo`
// and the tests import serveStatic(); `node examples/serve.mjs [--port N]`
// serves examples/site by hand. Plain JavaScript so node runs it directly.
//
// The site is served on a random loopback port, so sitemap.xml and robots.txt
// carry the placeholder __ORIGIN__, replaced with this server's origin when a
// .xml or .txt file is served.
import { createServer } from 'node:http';
import { createReadStream, realpathSync } from 'node:fs';
import { readFile, realpath, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.rss': 'application/rss+xml; charset=utf-8',
  '.atom': 'application/atom+xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.pdf': 'application/pdf',
  // A .gz file is served as the archive it is, not as Content-Encoding:
  // sitemap.xml.gz must reach the client still compressed.
  '.gz': 'application/gzip',
};

const SUBSTITUTED = new Set(['.xml', '.txt']);
const PLACEHOLDER = /__ORIGIN__/g;

/**
 * Serves the files under `root` on `host:port` (port 0 = a free port).
 * `routes` maps an exact decoded path to a handler; a key ending in `*`
 * matches every path with that prefix (longest prefix wins, exact first).
 * `onRequest(path, req)` sees every request before it is answered.
 *
 * @param {import('./serve.d.mts').ServeOptions} options
 * @returns {Promise<import('./serve.d.mts').StaticServer>}
 */
export async function serveStatic({ root, port = 0, host = '127.0.0.1', routes = {}, onRequest } = /** @type {any} */ ({})) {
  if (!root) throw new TypeError('serveStatic: `root` (the folder to serve) is required');
  const rootDir = await realpath(root instanceof URL ? fileURLToPath(root) : resolve(root));
  if (!(await stat(rootDir)).isDirectory()) throw new TypeError(`serveStatic: ${rootDir} is not a folder`);

  const exact = new Map();
  const prefixes = [];
  for (const [key, handler] of Object.entries(routes)) {
    if (typeof handler !== 'function') throw new TypeError(`serveStatic: the route ${key} needs a function (req, res) => void`);
    if (key.endsWith('*')) prefixes.push([key.slice(0, -1), handler]);
    else exact.set(key, handler);
  }
  prefixes.sort((a, b) => b[0].length - a[0].length);
  const findRoute = (path) => exact.get(path) ?? prefixes.find(([prefix]) => path.startsWith(prefix))?.[1];

  let origin = '';
  const sockets = new Set();

  async function handle(req, res) {
    const raw = req.url ?? '/';
    const q = raw.indexOf('?');
    const rawPath = q === -1 ? raw : raw.slice(0, q);
    const query = q === -1 ? '' : raw.slice(q);
    const path = decodeSafePath(rawPath);
    onRequest?.(path ?? rawPath, req);
    if (path === null) return sendPage(req, res, 400, 'Bad request', 'The path is not allowed.');

    const route = findRoute(path);
    if (route) return route(req, res);

    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD');
      return sendPage(req, res, 405, 'Method not allowed', 'Only GET and HEAD are served here.');
    }

    let file = join(rootDir, path);
    let info = await statOrNull(file);
    if (info?.isDirectory()) {
      // Relative links inside /docs/index.html only work under /docs/.
      if (!path.endsWith('/')) {
        res.writeHead(301, { Location: `${rawPath}/${query}`, 'Content-Length': 0 });
        return res.end();
      }
      file = join(file, 'index.html');
      info = await statOrNull(file);
    }
    if (!info?.isFile() || !(await isInside(rootDir, file))) return sendNotFound(req, res);

    const ext = extname(file).toLowerCase();
    const headers = {
      'Content-Type': CONTENT_TYPES[ext] ?? 'application/octet-stream',
      'Cache-Control': 'no-cache',
      'X-Content-Type-Options': 'nosniff',
      'Last-Modified': info.mtime.toUTCString(),
    };
    if (SUBSTITUTED.has(ext)) {
      const body = Buffer.from((await readFile(file, 'utf8')).replace(PLACEHOLDER, origin));
      res.writeHead(200, { ...headers, 'Content-Length': body.length });
      return res.end(req.method === 'HEAD' ? undefined : body);
    }
    res.writeHead(200, { ...headers, 'Content-Length': info.size });
    if (req.method === 'HEAD') return res.end();
    await new Promise((done, fail) => {
      const stream = createReadStream(file);
      stream.on('error', fail);
      res.on('close', () => { stream.destroy(); done(undefined); });
      stream.pipe(res);
    });
  }

  async function sendNotFound(req, res) {
    const custom = await readFile(join(rootDir, '404.html')).catch(() => null);
    if (!custom) return sendPage(req, res, 404, 'Not found', 'There is no page at this address.');
    res.writeHead(404, { 'Content-Type': CONTENT_TYPES['.html'], 'Content-Length': custom.length, 'Cache-Control': 'no-cache' });
    res.end(req.method === 'HEAD' ? undefined : custom);
  }

  const server = createServer((req, res) => {
    Promise.resolve()
      .then(() => handle(req, res))
      .catch((err) => {
        if (res.headersSent) res.destroy(err);
        else sendPage(req, res, 500, 'Server error', 'The example server failed to answer this request.');
      });
  });
  // close() must not wait for clients that hold a connection open (keep-alive,
  // or a test route that never answers), so every socket is tracked.
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  await new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => {
      server.off('error', fail);
      done(undefined);
    });
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  origin = `http://${host.includes(':') ? `[${host}]` : host}:${actualPort}`;

  let closing = null;
  return {
    origin,
    port: actualPort,
    close() {
      closing ??= new Promise((done) => {
        server.close(() => done(undefined));
        for (const socket of sockets) socket.destroy();
      });
      return closing;
    },
  };
}

/**
 * The decoded path, or null when it could reach outside the root: `.`/`..`
 * segments (plain or percent-encoded), backslashes, NUL bytes, bad escapes.
 */
export function decodeSafePath(rawPath) {
  if (!rawPath.startsWith('/') || rawPath.includes('\\') || rawPath.includes('\0')) return null;
  let path;
  try {
    path = decodeURIComponent(rawPath);
  } catch {
    return null;
  }
  if (path.includes('\\') || path.includes('\0')) return null;
  if (path.split('/').some((segment) => segment === '..' || segment === '.')) return null;
  return path;
}

async function statOrNull(file) {
  try {
    return await stat(file);
  } catch {
    return null;
  }
}

// A symlink inside the site must not lead out of it.
async function isInside(rootDir, file) {
  const real = await realpath(file).catch(() => null);
  return real !== null && real.startsWith(rootDir + sep);
}

function sendPage(req, res, status, title, message) {
  const body = Buffer.from(`<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>${status} ${title}</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 4rem auto; padding: 0 1rem">
<h1>${status} ${title}</h1>
<p>${message}</p>
</body>
</html>
`);
  res.writeHead(status, { 'Content-Type': CONTENT_TYPES['.html'], 'Content-Length': body.length, 'Cache-Control': 'no-cache' });
  res.end(req.method === 'HEAD' ? undefined : body);
}

function parsePort(argv) {
  const i = argv.findIndex((a) => a === '--port' || a.startsWith('--port='));
  if (i === -1) return 0;
  const value = argv[i].includes('=') ? argv[i].slice('--port='.length) : argv[i + 1];
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`--port needs a number from 0 to 65535 (0 = any free port), got ${value ?? 'nothing'}`);
  }
  return port;
}

function isMainModule() {
  if (!process.argv[1]) return false;
  try {
    return import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href;
  } catch {
    return false;
  }
}

if (isMainModule()) {
  const args = process.argv.slice(2);
  if (args.includes('--help') || args.includes('-h')) {
    console.log('usage: node examples/serve.mjs [--port N]\nServes examples/site on 127.0.0.1 until Ctrl+C.');
  } else {
    let port;
    try {
      port = parsePort(args);
    } catch (err) {
      console.error(err.message);
      process.exit(2);
    }
    const server = await serveStatic({ root: new URL('./site/', import.meta.url), port });
    console.log(server.origin);
    console.error(`Serving examples/site on ${server.origin}/ (sitemap: ${server.origin}/sitemap.xml). Ctrl+C stops.`);
    const stop = () => { server.close(); };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  }
}

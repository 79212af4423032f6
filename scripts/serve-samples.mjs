// A tiny static file server for the sample article, the sample corpus and the e2e test pages.
// Binds 127.0.0.1 only, on a free port chosen by the OS unless one is given. No dependencies.
//
//   node scripts/serve-samples.mjs [--port N]   serves until Ctrl-C and prints the URLs
//   import { startServer } from './serve-samples.mjs'   (used by scripts/start.mjs and tests/e2e)
import { createServer } from 'node:http';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(fileURLToPath(new URL('..', import.meta.url)));

/** URL prefix → folder (relative to the repository root). */
export const defaultMounts = {
  '/samples/': 'samples',
  '/pages/': 'tests/e2e/pages',
};

const types = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/plain; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.jsonl': 'application/x-ndjson; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.zip': 'application/zip',
};

/**
 * Resolves a request path to a file inside one of the mounts, or null. Never leaves a mount folder:
 * `..` segments and encoded separators are rejected.
 */
function resolveFile(mounts, pathname) {
  let decoded;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  for (const [prefix, folder] of Object.entries(mounts)) {
    if (!decoded.startsWith(prefix)) continue;
    const base = resolve(repoRoot, folder);
    let rest = decoded.slice(prefix.length);
    if (rest === '' || rest.endsWith('/')) rest += 'index.html';
    const file = resolve(base, rest);
    if (file !== base && !file.startsWith(base + sep)) return null;
    return file;
  }
  return null;
}

/**
 * Starts the server. Resolves once it listens.
 * @param {{ port?: number, mounts?: Record<string, string>, log?: boolean }} [options]
 * @returns {Promise<{ origin: string, port: number, requests: { method: string, url: string }[], url: (path: string) => string, close: () => Promise<void> }>}
 */
export async function startServer(options = {}) {
  const mounts = options.mounts ?? defaultMounts;
  /** @type {{ method: string, url: string }[]} */
  const requests = [];
  const sockets = new Set();
  const server = createServer((req, res) => {
    const method = req.method ?? 'GET';
    const rawUrl = req.url ?? '/';
    requests.push({ method, url: rawUrl });
    if (options.log) console.log(`[serve] ${method} ${rawUrl}`);
    if (method !== 'GET' && method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    const pathname = new URL(rawUrl, 'http://127.0.0.1').pathname;
    if (pathname === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    if (pathname === '/') {
      res.writeHead(302, { location: '/samples/article.html' }).end();
      return;
    }
    const file = resolveFile(mounts, pathname);
    const notFound = () =>
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found\n');
    if (!file) {
      notFound();
      return;
    }
    stat(file).then(
      (info) => {
        if (!info.isFile()) {
          notFound();
          return;
        }
        res.writeHead(200, {
          'content-type': types[extname(file).toLowerCase()] ?? 'application/octet-stream',
          'content-length': info.size,
          'cache-control': 'no-store',
        });
        if (method === 'HEAD') {
          res.end();
          return;
        }
        createReadStream(file).pipe(res);
      },
      () => notFound(),
    );
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, '127.0.0.1', () => ok(undefined));
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('server has no TCP address');
  const origin = `http://127.0.0.1:${address.port}`;
  return {
    origin,
    port: address.port,
    requests,
    url: (path) => new URL(path, origin).href,
    close: () =>
      new Promise((ok) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => ok());
      }),
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const portFlag = process.argv.indexOf('--port');
  const port = portFlag > 0 ? Number(process.argv[portFlag + 1]) : 0;
  const server = await startServer({ port, log: true });
  console.log(`Serving on ${server.origin}`);
  console.log(`  sample article: ${server.url('/samples/article.html')}`);
  console.log(`  sample corpus:  ${server.url('/samples/corpus/')} (files only, no listing)`);
  const stop = () => server.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

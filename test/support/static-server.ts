/**
 * A small static file server for the built site (dist/), the way a plain host serves it:
 * text compressed with gzip when the browser accepts it, and an ETag the browser
 * revalidates on every use (`no-cache`, as hosts that deploy atomically send), so a file
 * fetched twice in a visit is sent once.
 */
import { createServer, type Server } from 'node:http';
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { readFile, stat } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
};

export const DIST = resolve(import.meta.dirname, '../../dist');

/**
 * Each file's bytes, ETag and gzip, kept while its size and time stay the same: browser tests
 * ask for the same files thousands of times, and compressing them again each time was a
 * large share of the test run's CPU. Only the files asked for most recently are kept
 * (PREPARED_FILES), so a benchmark serving a generated site of thousands of plans does not
 * hold the whole site in memory.
 */
interface Prepared { body: Buffer; etag: string; gzip?: Buffer }
const prepared = new Map<string, { key: string; value: Promise<Prepared> }>();
const PREPARED_FILES = 500;

function prepare(path: string, stats: Stats): Promise<Prepared> {
  const key = `${stats.size}:${stats.mtimeMs}`;
  const known = prepared.get(path);
  // Deleted and set again, a file asked for moves to the end: the first entry is the least recent.
  prepared.delete(path);
  const value = known?.key === key ? known.value : readFile(path).then((body) => ({ body, etag: `"${createHash('sha1').update(body).digest('base64url')}"` }));
  prepared.set(path, { key, value });
  if (prepared.size > PREPARED_FILES) prepared.delete(prepared.keys().next().value!);
  return value;
}

async function fileFor(root: string, urlPath: string): Promise<{ path: string; stats: Stats } | null> {
  const clean = normalize(decodeURIComponent(urlPath)).replace(/^(\.\.[/\\])+/, '');
  let path = join(root, clean);
  if (!path.startsWith(root)) return null;
  try {
    let stats = await stat(path);
    if (stats.isDirectory()) {
      path = join(path, 'index.html');
      stats = await stat(path);
    }
    return { path, stats };
  } catch {
    return null;
  }
}

/**
 * `onServe` is told the path and size of every file sent, and the bytes that went over the
 * wire (gzip when the file was compressed): benchmarks count bytes with it.
 */
export async function startStaticServer(
  root = DIST,
  onServe: (path: string, bytes: number, sent: number) => void = () => {},
): Promise<{ server: Server; origin: string }> {
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const found = await fileFor(root, url.pathname);
    if (!found) {
      res.writeHead(404, { 'content-type': TYPES['.html']! });
      res.end(await readFile(join(root, '404.html')).catch(() => 'Not found'));
      return;
    }
    if (url.pathname.endsWith('/') === false && !extname(url.pathname)) {
      res.writeHead(301, { location: `${url.pathname}/${url.search}` });
      res.end();
      return;
    }
    const file = await prepare(found.path, found.stats);
    const { body, etag } = file;
    res.setHeader('etag', etag);
    res.setHeader('cache-control', 'no-cache');
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304);
      res.end();
      return;
    }
    const type = TYPES[extname(found.path)] ?? 'application/octet-stream';
    if (/^text\/|json|xml/.test(type) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
      const compressed = (file.gzip ??= gzipSync(body));
      onServe(url.pathname, body.byteLength, compressed.byteLength);
      res.writeHead(200, { 'content-type': type, 'content-encoding': 'gzip', vary: 'Accept-Encoding' });
      res.end(compressed);
      return;
    }
    onServe(url.pathname, body.byteLength, body.byteLength);
    res.writeHead(200, { 'content-type': type, vary: 'Accept-Encoding' });
    res.end(body);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { server, origin: `http://127.0.0.1:${port}` };
}

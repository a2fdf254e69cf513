/**
 * A static file server for a built site, on loopback, the way a static host
 * serves it: `<base>` maps to `dist/`, folders serve their `index.html`,
 * anything else is a 404. Used by the browser tests and the link crawl.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.xml': 'application/xml',
  '.csv': 'text/csv; charset=utf-8',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticSite {
  /** Origin plus base, ending in `/`: `http://127.0.0.1:PORT/base/`. */
  url: string;
  close(): Promise<void>;
}

/** Resolves a request path to a file in `dist`, or undefined. */
export function resolveFile(dist: string, base: string, pathname: string): string | undefined {
  if (!pathname.startsWith(base)) return undefined;
  const relative = decodeURIComponent(pathname.slice(base.length));
  const file = path.join(dist, relative);
  if (!file.startsWith(dist)) return undefined;
  if (existsSync(file) && statSync(file).isDirectory()) {
    const index = path.join(file, 'index.html');
    return existsSync(index) ? index : undefined;
  }
  return existsSync(file) ? file : undefined;
}

/** Serves `dist` under `base` on 127.0.0.1 and a free port. */
export async function serve(dist: string, base = '/'): Promise<StaticSite> {
  const server: Server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    const file = resolveFile(dist, base, pathname);
    if (!file) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

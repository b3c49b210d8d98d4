// A small static server for the built sample article, as a publisher's host would serve it: dist/
// at /, the theme presets from src/themes/ at /themes/ (as `npm start` does, vite.config.ts), gzip
// (level 9) when the browser accepts it, and the README's strict Content-Security-Policy on every
// response. Used by `npm run lighthouse` (bench/lighthouse.mjs); run alone to look at the page:
//   node bench/serve.mjs [--port 4174]
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

const ROOT = resolve(import.meta.dirname, '..');
/**
 * The policy of the README's "Content Security Policy" section (test/server/routes.mjs), plus the
 * one image the sample page itself shows, its icon, allowed by its exact address (as
 * scripts/test-sample.mjs serves it).
 */
export const pagePolicy = (host) =>
  "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; " +
  `require-trusted-types-for 'script'; trusted-types lit-html; img-src http://${host}/favicon.svg`;

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.txt']);

/** The file a path names, inside dist/ or src/themes/ only; undefined when there is none. */
function fileFor(path) {
  const [base, rest] = path.startsWith('/themes/')
    ? [join(ROOT, 'src/themes'), path.slice('/themes/'.length)]
    : [join(ROOT, 'dist'), path.endsWith('/') ? `${path}index.html` : path];
  const file = normalize(join(base, rest));
  if (!file.startsWith(base + sep) || !existsSync(file) || !statSync(file).isFile()) return undefined;
  return file;
}

/**
 * Starts the server on 127.0.0.1 (port 0: any free one). Returns its origin, a `close()`, and the
 * bytes it sent per path (`sent`, the compressed size when it compressed).
 */
export async function serveDist({ port = 0 } = {}) {
  const cache = new Map();
  const sent = new Map();
  const server = createServer((request, response) => {
    let path;
    try {
      path = decodeURIComponent(new URL(request.url, 'http://x').pathname);
    } catch {
      response.writeHead(400).end();
      return;
    }
    const file = fileFor(path);
    if (!file) {
      response.writeHead(404, {
        'content-type': 'text/plain',
        'content-security-policy': pagePolicy(request.headers.host),
      });
      response.end('not found');
      return;
    }
    if (!cache.has(file)) {
      const body = readFileSync(file);
      cache.set(file, { body, gzip: COMPRESSIBLE.has(extname(file)) ? gzipSync(body, { level: 9 }) : undefined });
    }
    const { body, gzip } = cache.get(file);
    const useGzip = gzip && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
    const payload = useGzip ? gzip : body;
    sent.set(path, (sent.get(path) ?? 0) + payload.length);
    response.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'content-security-policy': pagePolicy(request.headers.host),
      'x-content-type-options': 'nosniff',
      'cache-control': 'no-cache',
      vary: 'accept-encoding',
      ...(useGzip ? { 'content-encoding': 'gzip' } : {}),
    });
    response.end(request.method === 'HEAD' ? undefined : payload);
  });
  await new Promise((done) => server.listen(port, '127.0.0.1', done));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    sent,
    close: () => new Promise((done) => server.close(done)),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  if (!existsSync(join(ROOT, 'dist/index.html'))) {
    console.error('dist/index.html is missing: run `npm run build` first.');
    process.exit(1);
  }
  const index = process.argv.indexOf('--port');
  const { origin } = await serveDist({ port: index === -1 ? 4174 : Number(process.argv[index + 1]) });
  console.log(`Serving dist/ with gzip at ${origin}/ (Ctrl-C to stop)`);
}

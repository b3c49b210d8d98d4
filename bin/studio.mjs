// `trust-widgets studio <pack.json>`: a local editor for one content pack (issue 14). A Node http
// server on the loopback address serves the studio page (built ahead of time into dist/studio/) and
// a small API for that one file: read it, write it, and hear at once when something else changes it.
//
// Safety, since any web page the editor visits can try to reach a local server:
// - it listens on 127.0.0.1 only;
// - it answers only requests whose Host is its own (a DNS-rebinding page has a foreign Host);
// - every API call needs the per-session token, which only the page it serves carries;
// - a write also needs an Origin that is its own page (a cross-site form or fetch has another one);
// - it reads and writes only the file it was started with, and serves only its own built files.
import { createServer } from 'node:http';
import { randomBytes, createHash, timingSafeEqual } from 'node:crypto';
import { watch } from 'node:fs';
import { access, constants, readFile, writeFile } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const DEFAULT_PORT = 5199;
export const usage = `  trust-widgets studio <pack.json> [--port N] [--from en|es] [--compare other.json]
      edit, check and preview a content pack in the browser; serves http://127.0.0.1:PORT/ for that
      one file (default port ${DEFAULT_PORT}, --port 0 for any free one); --from en|es starts the file from
      a built-in pack when it does not exist yet; --compare shows a translation's differences from
      another pack (read-only), as trust-widgets diff does`;

const MAX_BODY = 8 * 1024 * 1024;
const root = fileURLToPath(new URL('..', import.meta.url));
const studioDir = resolve(root, 'dist/studio');
const themesDir = resolve(root, 'src/themes');

/** What the page may load, and nothing from anywhere else. */
const CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "connect-src 'self'",
  // data: for CodeMirror's wavy underline under an error (an inline SVG: nothing is fetched).
  "img-src 'self' data:",
  "font-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const TYPES = { '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8' };

function parseArgs(args) {
  const options = { file: undefined, port: DEFAULT_PORT, from: undefined, compare: undefined };
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i];
    if (arg === '--port' || arg === '--from' || arg === '--compare') {
      const value = args[(i += 1)];
      if (value === undefined) return { error: `${arg} needs a value` };
      if (arg === '--compare') {
        options.compare = value;
      } else if (arg === '--port') {
        if (!/^\d+$/.test(value) || Number(value) > 65535)
          return { error: `--port ${value}: not a port number (0 to 65535)` };
        options.port = Number(value);
      } else {
        if (value !== 'en' && value !== 'es') return { error: `--from ${value}: the built-in packs are en and es` };
        options.from = value;
      }
    } else if (arg.startsWith('--')) {
      return { error: `unknown option ${arg}` };
    } else if (options.file === undefined) {
      options.file = arg;
    } else {
      return { error: `one pack at a time (got ${options.file} and ${arg})` };
    }
  }
  if (options.file === undefined) return { error: 'which pack? give the path of a .json file' };
  return { options };
}

const hash = (text) => createHash('sha256').update(text).digest('hex');
const escapeHtml = (text) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

async function isWritable(file) {
  try {
    await access(file, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

function page(token, name) {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="trust-studio-token" content="${token}" />
    <title>${escapeHtml(name)} · trust-widgets pack studio</title>
    <link rel="stylesheet" href="/studio/studio.css" />
    <script type="module" src="/studio/studio.js"></script>
  </head>
  <body>
    <pack-studio></pack-studio>
    <noscript>The pack studio needs JavaScript.</noscript>
  </body>
</html>
`;
}

/** Starts the studio; resolves with the exit code when it stops (Ctrl+C), or at once on a problem. */
export async function main(args) {
  const { options, error } = parseArgs(args);
  if (error) {
    console.error(`trust-widgets studio: ${error}\nUsage:\n${usage}`);
    return 2;
  }
  const file = resolve(options.file);
  const name = basename(file);

  let text;
  try {
    text = await readFile(file, 'utf8');
    if (options.from)
      console.log(`${options.file} exists already: opening it as it is (--from only starts new files).`);
  } catch (readError) {
    if (readError.code !== 'ENOENT') {
      console.error(`trust-widgets studio: ${options.file} cannot be read (${readError.code ?? readError.message})`);
      return 2;
    }
    if (!options.from) {
      console.error(
        `trust-widgets studio: ${options.file} does not exist. To start it from a built-in pack, add --from en or --from es.`,
      );
      return 2;
    }
    text = await readFile(resolve(root, `content/trust-issues.${options.from}.json`), 'utf8');
    try {
      await writeFile(file, text, { flag: 'wx' });
    } catch (writeError) {
      console.error(`trust-widgets studio: cannot create ${options.file} (${writeError.code ?? writeError.message})`);
      return 2;
    }
    console.log(`Started ${options.file} from the built-in ${options.from} pack.`);
  }
  try {
    await access(resolve(studioDir, 'studio.js'));
  } catch {
    console.error('trust-widgets studio: the studio page is not built (dist/studio/ is missing): run `npm run build`.');
    return 2;
  }

  // The pack to compare with (--compare): read once, never written.
  let compare;
  if (options.compare) {
    try {
      compare = { name: basename(options.compare), text: await readFile(resolve(options.compare), 'utf8') };
    } catch (compareError) {
      console.error(
        `trust-widgets studio: ${options.compare} cannot be read (${compareError.code ?? compareError.message})`,
      );
      return 2;
    }
  }

  const token = randomBytes(24).toString('base64url');
  const tokenBytes = Buffer.from(token);
  /** The file as the studio last read or wrote it: a watch event with this text is no change. */
  let known = { text, hash: hash(text), writable: await isWritable(file) };
  const listeners = new Set();
  let port = options.port;

  const hasToken = (request, url) => {
    const given = Buffer.from(String(request.headers['x-studio-token'] ?? url.searchParams.get('token') ?? ''));
    return given.length === tokenBytes.length && timingSafeEqual(given, tokenBytes);
  };
  const ownHosts = () => [`127.0.0.1:${port}`, `localhost:${port}`];

  const send = (response, status, body, headers = {}) => {
    const isText = typeof body === 'string' || Buffer.isBuffer(body);
    response.writeHead(status, {
      'content-type': isText ? 'text/plain; charset=utf-8' : 'application/json; charset=utf-8',
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'cross-origin-resource-policy': 'same-origin',
      'cross-origin-opener-policy': 'same-origin',
      ...headers,
    });
    response.end(isText ? body : JSON.stringify(body));
  };
  const snapshot = () => ({ name, text: known.text, hash: known.hash, writable: known.writable });
  const broadcast = () => {
    const data = `event: file\ndata: ${JSON.stringify(snapshot())}\n\n`;
    for (const listener of listeners) listener.write(data);
  };

  /** Reads the file again after a change on disk; tells the page when it is not what it knew. */
  let rereadTimer;
  const reread = () => {
    clearTimeout(rereadTimer);
    rereadTimer = setTimeout(async () => {
      let current;
      try {
        current = await readFile(file, 'utf8');
      } catch {
        return; // Being replaced (a rename by an editor or git): the next event brings the new file.
      }
      const writable = await isWritable(file);
      if (current === known.text && writable === known.writable) return;
      known = { text: current, hash: hash(current), writable };
      broadcast();
    }, 30);
  };
  // The folder, not the file: editors and git often replace a file by renaming a new one over it.
  const watcher = watch(dirname(file), (_event, changed) => {
    if (changed === null || changed === name) reread();
  });

  async function handle(request, response) {
    const host = request.headers.host ?? '';
    if (!ownHosts().includes(host)) {
      return send(
        response,
        421,
        `This studio answers only to http://127.0.0.1:${port}/ (Host ${host || 'missing'} refused).`,
      );
    }
    const url = new URL(request.url ?? '/', `http://${host}`);
    const { pathname } = url;

    if (request.method === 'GET' && pathname === '/favicon.ico') return send(response, 204, '');
    if (request.method === 'GET' && pathname === '/') {
      return send(response, 200, page(token, name), {
        'content-type': 'text/html; charset=utf-8',
        'content-security-policy': CSP,
      });
    }
    if (request.method === 'GET' && (pathname.startsWith('/studio/') || pathname.startsWith('/themes/'))) {
      const [dir, rest] = pathname.startsWith('/studio/')
        ? [studioDir, pathname.slice('/studio/'.length)]
        : [themesDir, pathname.slice('/themes/'.length)];
      // Only plain names of built files: no `..`, no folders other than chunks/.
      if (!/^(chunks\/)?[\w.-]+\.(js|css)$/.test(rest) || rest.includes('..')) return send(response, 404, 'Not found');
      try {
        const body = await readFile(resolve(dir, rest));
        return send(response, 200, body, { 'content-type': TYPES[rest.slice(rest.lastIndexOf('.'))] });
      } catch {
        return send(response, 404, 'Not found');
      }
    }
    if (!pathname.startsWith('/api/')) return send(response, 404, 'Not found');
    if (!hasToken(request, url))
      return send(response, 403, { error: 'token', message: 'Missing or wrong studio token.' });

    if (request.method === 'GET' && pathname === '/api/file') return send(response, 200, snapshot());
    if (request.method === 'GET' && pathname === '/api/compare') return send(response, 200, compare ?? {});
    if (request.method === 'GET' && pathname === '/api/events') {
      response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store' });
      response.write(`retry: 1000\nevent: file\ndata: ${JSON.stringify(snapshot())}\n\n`);
      listeners.add(response);
      request.on('close', () => listeners.delete(response));
      return undefined;
    }
    if (request.method === 'PUT' && pathname === '/api/file') {
      const origin = request.headers.origin;
      if (origin !== `http://${host}`) {
        return send(response, 403, {
          error: 'origin',
          message: `Writes come only from the studio page (Origin ${origin ?? 'missing'} refused).`,
        });
      }
      const chunks = [];
      let size = 0;
      for await (const chunk of request) {
        size += chunk.length;
        if (size > MAX_BODY) return send(response, 413, { error: 'size', message: 'Over 8 MB: not written.' });
        chunks.push(chunk);
      }
      let body;
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      } catch {
        body = undefined;
      }
      if (typeof body?.text !== 'string' || typeof body.base !== 'string') {
        return send(response, 400, { error: 'body', message: 'Expected { text, base }.' });
      }
      // The file changed since the page last had it: the page decides, nothing is overwritten.
      if (body.base !== known.hash) return send(response, 409, { error: 'changed', ...snapshot() });
      try {
        await writeFile(file, body.text);
      } catch (writeError) {
        known = { ...known, writable: await isWritable(file) };
        return send(response, 500, {
          error: 'write',
          message: `Not saved: ${writeError.code ?? writeError.message}.`,
          ...snapshot(),
        });
      }
      known = { text: body.text, hash: hash(body.text), writable: true };
      return send(response, 200, snapshot());
    }
    return send(response, 405, { error: 'method', message: 'Not allowed.' });
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((handleError) => {
      if (!response.headersSent) send(response, 500, `Studio error: ${handleError.message}`);
      else response.destroy();
    });
  });
  try {
    await new Promise((resolveListen, rejectListen) => {
      server.once('error', rejectListen);
      server.listen(options.port, '127.0.0.1', resolveListen);
    });
  } catch (listenError) {
    watcher.close();
    if (listenError.code === 'EADDRINUSE') {
      console.error(
        `trust-widgets studio: port ${options.port} is in use (another studio or server?). ` +
          `Try another number (--port ${options.port === 65535 ? 5200 : options.port + 1}) or --port 0 for any free port.`,
      );
    } else {
      console.error(
        `trust-widgets studio: cannot listen on 127.0.0.1:${options.port} (${listenError.code ?? listenError.message})`,
      );
    }
    return 2;
  }
  port = server.address().port;
  console.log(`Pack studio for ${options.file}${known.writable ? '' : ' (read-only: saving is off)'}:`);
  console.log(`http://127.0.0.1:${port}/`);
  console.log('Press Ctrl+C to stop.');

  return new Promise((resolveStop) => {
    const stop = () => {
      watcher.close();
      for (const listener of listeners) listener.end();
      server.close(() => resolveStop(0));
      server.closeAllConnections();
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}

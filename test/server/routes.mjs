// Test-only routes served beside the tests: content packs that are slow, broken or counted, and a
// second URL for the build.
import { readFileSync, readdirSync } from 'node:fs';
import { Readable } from 'node:stream';

const builtIn = () => readFileSync(new URL('../../content/trust-issues.en.json', import.meta.url), 'utf8');
/** name → { count, cookies, referers, credentials } */
const counters = new Map();

/**
 * `/dist-copy/…` serves `dist/…`: the same build under a second URL, so a page can load trust-widgets
 * twice as two separately located copies (test/dist.test.ts), with no second copy on disk. The
 * copy's relative imports (`./chunks/…`) stay under /dist-copy/, so every module loads twice.
 */
export const SECOND_COPY = '/dist-copy/';

export async function testRoutes(ctx, next) {
  const path = ctx.path;
  if (path.startsWith(SECOND_COPY)) {
    ctx.url = `/dist/${ctx.url.slice(SECOND_COPY.length)}`;
    return next();
  }
  if (!path.startsWith('/__test/')) return next();
  const [, , route, name = ''] = path.split('/');
  switch (route) {
    case 'pack': {
      // /__test/pack/<name>.json: the built-in pack, counting each request and what it carried.
      const entry = counters.get(name) ?? { count: 0, cookies: [], referers: [] };
      entry.count += 1;
      entry.cookies.push(ctx.get('cookie') || '');
      entry.referers.push(ctx.get('referer') || '');
      counters.set(name, entry);
      ctx.type = 'application/json';
      ctx.body = builtIn();
      return;
    }
    case 'stats':
      ctx.type = 'application/json';
      ctx.body = JSON.stringify(counters.get(name) ?? { count: 0, cookies: [], referers: [] });
      return;
    case 'slow':
      await new Promise((resolve) => setTimeout(resolve, 3000));
      ctx.type = 'application/json';
      ctx.body = builtIn();
      return;
    case 'not-json':
      ctx.type = 'text/html';
      ctx.body = '<!doctype html><title>Not found</title><p>Oops</p>';
      return;
    case 'status':
      ctx.status = Number(name) || 500;
      ctx.body = 'error';
      return;
    case 'defines':
      // /__test/defines: the element define modules that exist now (other elements land later).
      ctx.type = 'application/json';
      ctx.body = JSON.stringify(
        readdirSync(new URL('../../src/define/', import.meta.url)).filter((file) => file.endsWith('.ts')),
      );
      return;
    case 'huge':
      ctx.type = 'application/json';
      ctx.body = JSON.stringify({ padding: 'x'.repeat(1_200_000) });
      return;
    case 'flaky': {
      // /__test/flaky/<name>: 503 the first time a name is asked for, the pack after that. No
      // extension, so the test runner adds no year-long cache-control that would keep the 503.
      const entry = counters.get(`flaky:${name}`) ?? { count: 0, cookies: [], referers: [] };
      entry.count += 1;
      counters.set(`flaky:${name}`, entry);
      if (entry.count === 1) {
        ctx.status = 503;
        ctx.body = 'try again';
        return;
      }
      ctx.type = 'application/json';
      ctx.body = builtIn();
      return;
    }
    case 'endless': {
      // /__test/endless/<name>: a body that never ends and names no length; counts what was sent.
      const entry = { count: 1, sent: 0, cookies: [], referers: [] };
      counters.set(`endless:${name}`, entry);
      ctx.type = 'application/json';
      ctx.body = Readable.from(
        (async function* () {
          for (;;) {
            entry.sent += 65_536;
            yield ' '.repeat(65_536);
            await new Promise((resolve) => setTimeout(resolve, 1));
          }
        })(),
      );
      return;
    }
    case 'pack-module': {
      // /__test/pack-module/<own|tampered|duplicate>: a module written by `trust-widgets build-pack`
      // (bin/build-pack.mjs, the CLI itself) from the built-in pack given the id "own-pack";
      // "tampered" is then edited by hand, "duplicate" registers the same id with other words.
      // /__test/pack-module/section-<core|signs|…>[-tampered]: one module of `build-pack --sections`.
      const { main } = await import(new URL('../../bin/build-pack.mjs', import.meta.url).href);
      const { mkdtemp, readFile, writeFile } = await import('node:fs/promises');
      const { tmpdir } = await import('node:os');
      const { join } = await import('node:path');
      const dir = await mkdtemp(join(tmpdir(), 'trust-pack-'));
      const pack = JSON.parse(builtIn());
      pack.meta.id = 'own-pack';
      pack.signs.title = name === 'duplicate' ? 'Second module’s signs' : 'Our own signs';
      await writeFile(join(dir, 'pack.json'), JSON.stringify(pack));
      const log = console.log;
      console.log = () => {};
      const [, section, tampered] = /^section-(\w+)(-tampered)?$/.exec(name) ?? [];
      const args = section ? ['--sections', '-o', dir] : ['-o', join(dir, 'pack.js')];
      const code = await main([join(dir, 'pack.json'), ...args]).finally(() => (console.log = log));
      if (code !== 0) throw new Error(`build-pack exited ${code}`);
      let module = await readFile(join(dir, section ? `own-pack.${section}.js` : 'pack.js'), 'utf8');
      if (name === 'tampered' || tampered) module = module.replace('Our own signs', 'Edited by hand');
      ctx.type = 'text/javascript';
      ctx.body = module;
      return;
    }
    case 'render': {
      // POST /__test/render {tag, attributes, options} or {html, options}: publish-time rendering by
      // the built renderer (dist/ssr.js, from `npm run build`), as a page's build step would do it.
      const chunks = [];
      for await (const chunk of ctx.req) chunks.push(chunk);
      const { tag, attributes, options, html } = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      const ssr = await import(new URL('../../dist/ssr.js', import.meta.url).href);
      try {
        ctx.type = 'text/html';
        ctx.body =
          html === undefined
            ? await ssr.renderWidget(tag, attributes, options)
            : (await ssr.renderHtml(html, options)).html;
      } catch (error) {
        ctx.status = 422;
        ctx.body = String(error.message);
      }
      return;
    }
    case 'invalid':
      ctx.type = 'application/json';
      ctx.body = JSON.stringify({ meta: { id: 'Bad Id' } });
      return;
    default:
      ctx.status = 404;
  }
}

/** The strict Content-Security-Policy a publisher's page may have; the widgets must work under it. */
export const STRICT_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; " +
  "require-trusted-types-for 'script'; trusted-types lit-html";

/** Serves everything under /test/fixtures/csp/ with the strict CSP header. */
export async function cspHeaders(ctx, next) {
  await next();
  if (ctx.path.startsWith('/test/fixtures/csp/')) ctx.set('Content-Security-Policy', STRICT_CSP);
}

// Publish-time rendering (issue 13) from Node, as a publisher's build would use it: the renderer
// (`trust-widgets/ssr`, dist/ssr.js) and `trust-widgets render`. Needs `npm run build` first.
// In the browser (hydration, no JavaScript, strict CSP): test/ssr-*.test.ts and scripts/test-sample.mjs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const { renderWidget, renderHtml, WIDGET_TAGS, RenderError } = await import('../../dist/ssr.js');
const cli = (...args) => spawnSync(process.execPath, ['bin/trust-widgets.mjs', ...args], { encoding: 'utf8' });
const dir = mkdtempSync(join(tmpdir(), 'trust-ssr-'));
const english = JSON.parse(readFileSync('content/trust-issues.en.json', 'utf8'));
const spanish = JSON.parse(readFileSync('content/trust-issues.es.json', 'utf8'));

test('renderWidget: every element, its first screen as declarative shadow DOM linking its stylesheet', async () => {
  for (const tag of WIDGET_TAGS) {
    const html = await renderWidget(tag, { id: 'w' }, { base: '/tw/' });
    assert.match(
      html,
      new RegExp(`^<${tag}\\s[^>]*id="w"[^>]*><template shadowroot="open" shadowrootmode="open">`),
      tag,
    );
    assert.ok(html.endsWith(`</${tag}>`), tag);
    assert.ok(html.includes(`<link rel="stylesheet" href="/tw/styles/${tag}.css">`), `${tag} links its stylesheet`);
    assert.ok(!/<style[\s>]/.test(html), `${tag}: no inline <style> (a strict style-src blocks it)`);
    assert.match(html, /ssr-key="[^"]+"/, `${tag} carries the key the browser compares`);
    assert.ok(!html.includes('<script'), `${tag}: the built-in pack is not written inline`);
  }
  const quiz = await renderWidget('trust-quiz');
  assert.ok(quiz.includes(english.quizzes[0].title) && quiz.includes(english.ui.quiz.needsScript));
});

test('renderWidget: a Spanish page gets the Spanish pack; lang on the element wins over the page', async () => {
  assert.ok((await renderWidget('trust-signs-checklist', {}, { lang: 'es-MX' })).includes(spanish.signs.title));
  assert.ok(
    (await renderWidget('trust-signs-checklist', { lang: 'en' }, { lang: 'es' })).includes(english.signs.title),
  );
});

test("renderWidget: a publisher's pack is validated, drawn from and written inline as JSON", async () => {
  const own = structuredClone(english);
  own.meta.id = 'our-pack';
  own.signs.title = 'Signs </script><script>alert(1)</script>';
  const html = await renderWidget('trust-signs-checklist', {}, { pack: own });
  assert.ok(html.includes('Signs &lt;/script&gt;'), 'the title is escaped in the shadow root');
  const inline = html.match(/<script type="application\/json">([\s\S]*?)<\/script><\/trust-signs-checklist>$/);
  assert.ok(inline, 'the pack is the last child');
  assert.deepEqual(JSON.parse(inline[1]), own, 'the inline JSON is the pack, and cannot end its script early');
});

test('renderWidget: bad input is refused with a clear message, path and problem for a pack', async () => {
  await assert.rejects(
    renderWidget('trust-nope'),
    (error) => error instanceof RenderError && /Unknown element <trust-nope>/.test(error.message),
  );
  await assert.rejects(renderWidget('trust-quiz', { colour: 'red' }), /has no attribute "colour"/);
  await assert.rejects(renderWidget('trust-quiz', { src: '/pack.json' }), /downloaded in the browser/);
  const broken = structuredClone(english);
  broken.quizzes[0].bands[0].max = 999;
  delete broken.meta.title;
  await assert.rejects(renderWidget('trust-quiz', {}, { pack: broken }), (error) => {
    const paths = error.problems.map((problem) => problem.path);
    return paths.includes('meta.title') && error.message.includes('meta.title: ');
  });
});

const page = (body, lang = 'en') =>
  `<!doctype html>\n<html lang="${lang}">\n<head><title>t</title></head>\n<body>\n<h1>Article</h1>\n${body}\n<p>After.</p>\n</body>\n</html>\n`;

test('renderHtml: fills every known element in place and leaves the rest of the page byte for byte', async () => {
  const source = page(
    `<trust-quiz id="q"></trust-quiz>\n<trust-signs-checklist></trust-signs-checklist>\n<trust-future-thing a="1"></trust-future-thing>\n<trust-hotline-banner><a href="tel:988">Call 988</a></trust-hotline-banner>`,
    'es',
  );
  const { html, rendered, skipped } = await renderHtml(source);
  assert.deepEqual(rendered, ['trust-quiz', 'trust-signs-checklist', 'trust-hotline-banner']);
  assert.deepEqual(skipped, ['trust-future-thing']);
  assert.ok(html.includes('<trust-future-thing a="1"></trust-future-thing>'), 'an unknown element is untouched');
  assert.ok(html.includes(spanish.quizzes[0].title), 'the page language picks the Spanish pack');
  assert.ok(html.includes('<a href="tel:988">Call 988</a></trust-hotline-banner>'), "the banner's own links are kept");
  // The checklist links on to the quiz on the page, by its id.
  assert.match(html, /<trust-signs-checklist[^>]*ssr-key="[^"]*trust-quiz#q/);
  const strip = (text) => text.replace(/<(trust-[a-z-]+)[^>]*>[\s\S]*?<\/\1>/g, '');
  assert.equal(strip(html), strip(source), 'everything outside the widgets is as it was');
  // Idempotent: a prerendered page is left as it is.
  const again = await renderHtml(html);
  assert.equal(again.html, html);
  assert.deepEqual(again.rendered, []);
});

test('renderHtml: a pack in an inline JSON child is used and kept; any failure throws before anything is written', async () => {
  const own = structuredClone(english);
  own.signs.title = 'Our own signs';
  const { html } = await renderHtml(
    page(
      `<trust-signs-checklist><script type="application/json">${JSON.stringify(own)}</script></trust-signs-checklist>`,
    ),
  );
  assert.ok(html.includes('Our own signs'));
  assert.equal(html.match(/<script type="application\/json">/g).length, 1, 'the pack stays once, inline');
  await assert.rejects(
    renderHtml(
      page(
        '<trust-quiz></trust-quiz><trust-signs-checklist><script type="application/json">{"meta":1}</script></trust-signs-checklist>',
      ),
    ),
    (error) =>
      error instanceof RenderError &&
      /1 element\(s\) could not be rendered/.test(error.message) &&
      /meta: /.test(error.message),
  );
});

test('CLI render: prints one widget; refuses bad input with exit 1 and nothing on stdout', () => {
  const ok = cli('render', 'trust-hotline-banner', 'region=GB', '--base', '/tw/');
  assert.equal(ok.status, 0, ok.stderr);
  assert.match(ok.stdout, /^<trust-hotline-banner\s[^>]*region="GB"/);
  for (const args of [
    ['trust-nope'],
    ['trust-quiz', 'colour=red'],
    ['trust-quiz', '--pack', join(dir, 'missing.json')],
  ]) {
    const bad = cli('render', ...args);
    assert.equal(bad.status, 1, args.join(' '));
    assert.equal(bad.stdout, '', args.join(' '));
    assert.ok(bad.stderr.length > 0);
  }
  const broken = join(dir, 'broken.json');
  writeFileSync(broken, JSON.stringify({ ...english, meta: { ...english.meta, locale: 'not a locale!' } }));
  const invalid = cli('render', 'trust-quiz', '--pack', broken);
  assert.equal(invalid.status, 1);
  assert.match(invalid.stderr, /meta\.locale: /);
  assert.equal(cli('render').status, 2, 'no tag: usage');
});

test('CLI render --html: prerenders pages in place, and never rewrites a page in which an element failed', () => {
  const good = join(dir, 'good.html');
  const bad = join(dir, 'bad.html');
  writeFileSync(good, page('<trust-quiz></trust-quiz>'));
  const badSource = page('<trust-quiz></trust-quiz><trust-quiz colour="red"></trust-quiz>');
  writeFileSync(bad, badSource);
  const result = cli('render', '--html', dir);
  assert.equal(result.status, 1, 'one page failed');
  assert.match(result.stdout, /good\.html: prerendered 1 element/);
  assert.match(result.stderr, /bad\.html: not changed\.[\s\S]*has no attribute "colour"/);
  assert.match(readFileSync(good, 'utf8'), /<trust-quiz[^>]*><template shadowroot/);
  assert.equal(readFileSync(bad, 'utf8'), badSource, 'the failed page is byte for byte as it was');
});

test('renderWidget with pack="<id>": drawn from the pack given, not written inline (the page has its module)', async () => {
  const own = structuredClone(english);
  own.meta.id = 'own-pack';
  own.signs.title = 'Our own signs';
  const html = await renderWidget('trust-signs-checklist', { pack: 'own-pack' }, { pack: own });
  assert.ok(html.includes('Our own signs'));
  assert.ok(!html.includes('<script'), 'no inline copy');
  await assert.rejects(renderWidget('trust-signs-checklist', { pack: 'own-pack' }), /give the pack's JSON too/);
  await assert.rejects(
    renderWidget('trust-signs-checklist', { pack: 'other' }, { pack: own }),
    /the pack given is "own-pack"/,
  );
});

test('CLI render --html: a src="…" pack is read from the file it names, and not written inline (the browser downloads it)', () => {
  const site = mkdtempSync(join(tmpdir(), 'trust-site-'));
  const own = structuredClone(english);
  own.meta.id = 'own-site-pack';
  own.signs.title = 'Signs from our own file';
  mkdirSync(join(site, 'packs'));
  mkdirSync(join(site, 'articles'));
  writeFileSync(join(site, 'packs', 'own.json'), JSON.stringify(own));
  const rooted = join(site, 'articles', 'rooted.html');
  const relative = join(site, 'articles', 'relative.html');
  writeFileSync(rooted, page('<trust-signs-checklist src="/packs/own.json"></trust-signs-checklist>'));
  writeFileSync(relative, page('<trust-signs-checklist src="../packs/own.json?v=2"></trust-signs-checklist>'));
  const result = cli('render', '--html', site);
  assert.equal(result.status, 0, result.stderr);
  for (const file of [rooted, relative]) {
    const html = readFileSync(file, 'utf8');
    assert.match(html, /<trust-signs-checklist\s+src="[^"]+own\.json[^"]*"[^>]*><template shadowroot/, file);
    assert.ok(html.includes('Signs from our own file'), `${file}: drawn from the file`);
    assert.ok(!html.includes('application/json'), `${file}: no inline copy`);
  }

  // An address the site does not have, or on another site: the page is not changed.
  const missing = join(site, 'articles', 'missing.html');
  const remote = join(site, 'articles', 'remote.html');
  const missingSource = page('<trust-quiz src="/packs/none.json"></trust-quiz>');
  const remoteSource = page('<trust-quiz src="https://cdn.example/pack.json"></trust-quiz>');
  writeFileSync(missing, missingSource);
  writeFileSync(remote, remoteSource);
  const failed = cli('render', '--html', missing, remote, '--root', site);
  assert.equal(failed.status, 1);
  assert.match(failed.stderr, /missing\.html: not changed\.[\s\S]*none\.json: file not found/);
  assert.match(failed.stderr, /remote\.html: not changed\.[\s\S]*not a file of this site/);
  assert.equal(readFileSync(missing, 'utf8'), missingSource);
  assert.equal(readFileSync(remote, 'utf8'), remoteSource);
});

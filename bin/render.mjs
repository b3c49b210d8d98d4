// `trust-widgets render`: publish-time rendering from the command line (dist/ssr.js, the same
// renderer as `import { renderWidget, renderHtml } from 'trust-widgets/ssr'`).
import { readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

export const usage = `  trust-widgets render <tag> [name=value…] [--pack pack.json] [--base url] [--lang xx]
                                                    print one widget's HTML, prerendered, for a CMS block
  trust-widgets render --html <page.html|folder>… [--base url] [--root folder]
                                                    prerender every trust-* element of built pages in place;
                                                    a src="…" pack is read from the file it names (relative
                                                    to the page, or to --root for an address starting with /)`;

/**
 * The pack a page's `src` names, read from disk: relative to the page, or to `root` (the site's
 * folder) for an address that starts with "/". An address on another site is not read: nothing is
 * downloaded at publish time.
 */
async function packAt(src, page, root) {
  const path = src.replace(/[?#].*$/, '');
  if (/^[a-z][a-z\d+.-]*:|^\/\//i.test(path)) {
    throw new Error(
      'is not a file of this site, so it is not read: give the element its pack inline, or leave it to the browser',
    );
  }
  const file = path.startsWith('/')
    ? join(root, decodeURIComponent(path))
    : join(dirname(page), decodeURIComponent(path));
  let text;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new Error(`${file}: ${error.code === 'ENOENT' ? 'file not found' : `cannot be read (${error.code})`}`, {
      cause: error,
    });
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new Error(`${file}: not valid JSON (${error.message})`, { cause: error });
  }
}

/** Every .html file under `path` (a file or a folder). */
async function htmlFiles(path) {
  if (!(await stat(path)).isDirectory()) return [path];
  const entries = await readdir(path, { withFileTypes: true });
  const nested = await Promise.all(
    entries
      .filter((entry) => entry.isDirectory() || entry.name.endsWith('.html'))
      .map((entry) => htmlFiles(join(path, entry.name))),
  );
  return nested.flat().sort();
}

/** Runs `render` with its arguments; resolves to the exit code (0 done, 1 a render failed, 2 usage). */
export async function main(args) {
  const options = {};
  const rest = [];
  for (let i = 0; i < args.length; i += 1) {
    const flag = args[i];
    if (flag === '--pack' || flag === '--base' || flag === '--lang' || flag === '--root') {
      const value = args[(i += 1)];
      if (value === undefined) return fail(`${flag} needs a value`);
      options[flag.slice(2)] = value;
    } else if (flag === '--html') {
      options.html = true;
    } else {
      rest.push(flag);
    }
  }
  const ssr = await import('../dist/ssr.js');
  if (options.html) {
    if (rest.length === 0) return fail('--html needs at least one page or folder');
    let failed = false;
    for (const target of rest) {
      let files;
      try {
        files = await htmlFiles(target);
      } catch {
        console.error(`${target}: not found`);
        failed = true;
        continue;
      }
      // Where an address starting with "/" is: --root, else the folder given (or the page's own).
      const root = options.root ?? ((await stat(target)).isDirectory() ? target : dirname(target));
      for (const file of files) {
        try {
          const { html, rendered, skipped } = await ssr.renderHtml(await readFile(file, 'utf8'), {
            base: options.base,
            resolveSrc: (src) => packAt(src, file, root),
          });
          if (rendered.length > 0) await writeFile(file, html);
          const left = skipped.length ? `, left ${skipped.length} as they were (${skipped.join(', ')})` : '';
          console.log(`${file}: prerendered ${rendered.length} element(s)${left}`);
        } catch (error) {
          failed = true;
          console.error(`${file}: not changed.\n${error.message}`);
        }
      }
    }
    return failed ? 1 : 0;
  }
  const [tag, ...pairs] = rest;
  if (!tag) return fail('render needs a tag, e.g. trust-quiz, or --html');
  const attributes = {};
  for (const pair of pairs) {
    const at = pair.indexOf('=');
    attributes[at < 0 ? pair : pair.slice(0, at)] = at < 0 ? '' : pair.slice(at + 1);
  }
  let pack;
  if (options.pack) {
    try {
      pack = JSON.parse(await readFile(options.pack, 'utf8'));
    } catch (error) {
      console.error(
        `${options.pack}: ${error.code === 'ENOENT' ? 'file not found' : `not valid JSON (${error.message})`}`,
      );
      return 1;
    }
  }
  try {
    process.stdout.write(
      `${await ssr.renderWidget(tag, attributes, { pack, base: options.base, lang: options.lang })}\n`,
    );
    return 0;
  } catch (error) {
    console.error(error.message);
    return 1;
  }
}

function fail(message) {
  console.error(`${message}\n\nUsage:\n${usage}`);
  return 2;
}

// Run directly: `node bin/render.mjs …`.
if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = await main(process.argv.slice(2));

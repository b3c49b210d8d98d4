import { expect } from '@open-wc/testing';
import { resetContentCache } from '../../src/internal/content.js';
import { defineElements, builtIn, idle, mount, stubLeave, unmountAll } from './elements.js';

/**
 * Network and storage: with the built-in pack nothing is requested once the code has loaded; with
 * `src`, one request per URL however many widgets, without cookies or referrer; nothing is written
 * to cookies, localStorage, sessionStorage or IndexedDB unless `persist` is set; no answer reaches
 * the URL or history.
 */
const elements = await defineElements();
stubLeave();

/** Counts every attempt to write to storage (even ones that would fail). */
function countWrites(): { writes: string[]; restore(): void } {
  const writes: string[] = [];
  const setItem = Storage.prototype.setItem;
  const open = IDBFactory.prototype.open;
  const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie')!;
  Storage.prototype.setItem = function (this: Storage, key: string, value: string) {
    writes.push(`${this === localStorage ? 'localStorage' : 'sessionStorage'}.setItem(${key})`);
    return setItem.call(this, key, value);
  };
  IDBFactory.prototype.open = function (this: IDBFactory, name: string, version?: number) {
    writes.push(`indexedDB.open(${name})`);
    return open.call(this, name, version);
  };
  Object.defineProperty(document, 'cookie', {
    configurable: true,
    get: () => cookie.get!.call(document),
    set: (value: string) => {
      writes.push(`document.cookie=${value}`);
      cookie.set!.call(document, value);
    },
  });
  return {
    writes,
    restore() {
      Storage.prototype.setItem = setItem;
      IDBFactory.prototype.open = open;
      delete (document as { cookie?: string }).cookie;
    },
  };
}

const resources = () => performance.getEntriesByType('resource').map((entry) => entry.name);

describe('hardening: network and storage', function () {
  this.timeout(60_000);
  afterEach(() => {
    unmountAll();
    resetContentCache();
  });

  it('with the built-in pack, no request and no storage write while every element is used', async () => {
    // Warm-up: load every module and chunk (the built-in pack, nested banners) once.
    for (const spec of elements) await spec.drive(await mount(spec), builtIn, async () => {});
    unmountAll();
    localStorage.clear();
    sessionStorage.clear();
    const before = resources();
    const { href, length } = { href: location.href, length: history.length };
    const storage = countWrites();
    try {
      for (const spec of elements) {
        const el = await mount(spec);
        const states: string[] = [];
        await spec.drive(el, builtIn, async (state) => {
          states.push(state);
          expect(location.href, `${spec.tag} ${state}: URL`).to.equal(href);
        });
        expect(states.length).to.be.greaterThan(1);
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(resources().slice(before.length), 'requests').to.deep.equal([]);
      expect(storage.writes, 'storage writes').to.deep.equal([]);
      expect(localStorage.length + sessionStorage.length).to.equal(0);
      expect(document.cookie).to.equal('');
      expect(location.href).to.equal(href);
      expect(history.length).to.equal(length);
    } finally {
      storage.restore();
    }
  });

  it('fetches a src once per URL for many widgets of every kind, without cookies or referrer', async () => {
    const name = `shared-${Date.now()}`;
    document.cookie = 'hardening=1; path=/';
    try {
      const src = `/__test/pack/${name}.json`;
      const els = await Promise.all(
        elements.flatMap((spec) => [mount(spec, undefined, { src }), mount(spec, undefined, { src })]),
      );
      for (const el of els) {
        await idle(el);
        expect(el.shadowRoot!.querySelector('[part~="error"]'), el.localName).to.equal(null);
      }
      const stats = (await (await fetch(`/__test/stats/${name}.json`)).json()) as {
        count: number;
        cookies: string[];
        referers: string[];
      };
      expect(stats.count).to.equal(1);
      expect(stats.cookies).to.deep.equal(['']);
      expect(stats.referers).to.deep.equal(['']);
      expect(resources().filter((url) => url.includes(`/__test/pack/${name}`))).to.have.length(1);
    } finally {
      document.cookie = 'hardening=; path=/; max-age=0';
    }
  });

  for (const spec of elements) {
    it(`<${spec.tag}> with persist writes only to localStorage, under its trust-widgets key`, async () => {
      const storage = countWrites();
      try {
        const el = await mount(spec, undefined, { persist: '' });
        await spec.drive(el, builtIn, async () => {});
        // Whatever it writes (if anything) goes to localStorage only, named for the widgets.
        for (const write of storage.writes) expect(write).to.match(/^localStorage\.setItem\(trust-widgets:/);
      } finally {
        storage.restore();
        localStorage.clear();
      }
    });
  }
});

import { expect } from '@open-wc/testing';
import { defineElements, create, idle, mount, stubLeave, unmountAll, type ElementSpec } from './elements.js';

/**
 * Leaks: each element connected and disconnected 1,000 times (plus 50 fresh instances rendered
 * and removed) leaves the heap within 10% after garbage collection, no window or document
 * listener behind, and none of the removed instances alive. The banner runs with quick exit on,
 * so its keydown/keyup/pageshow listeners count.
 *
 * The helpers wait with `waitFor` (./elements.ts), never @open-wc's `waitUntil`: its uncleared
 * timeout timer keeps each element alive for seconds, which reads as heap growth here.
 */
const elements = await defineElements();
stubLeave();

const gc = (window as unknown as { gc?: () => void }).gc;
const heap = () => (performance as unknown as { memory: { usedJSHeapSize: number } }).memory.usedJSHeapSize;

async function collect(): Promise<number> {
  for (let i = 0; i < 3; i += 1) {
    // A frame first: the browser lets go of removed nodes it still holds for rendering and
    // accessibility only when it next updates the page.
    await new Promise((resolve) => requestAnimationFrame(resolve));
    gc!();
    await new Promise((resolve) => setTimeout(resolve, 60));
  }
  return heap();
}

/** Net listeners added to window and document (added minus removed), by type. */
function countListeners(): { net(): Record<string, number>; restore(): void } {
  const live = new Map<string, number>();
  const add = EventTarget.prototype.addEventListener;
  const remove = EventTarget.prototype.removeEventListener;
  const key = (target: EventTarget, type: string) => `${target === window ? 'window' : 'document'}:${type}`;
  const registered = new Set<string>();
  const id = new WeakMap<object, number>();
  let next = 0;
  const identify = (target: EventTarget, type: string, listener: unknown, options: unknown) => {
    const capture = typeof options === 'boolean' ? options : Boolean((options as { capture?: boolean })?.capture);
    if (!id.has(listener as object)) id.set(listener as object, (next += 1));
    return `${key(target, type)}:${id.get(listener as object)}:${capture}`;
  };
  EventTarget.prototype.addEventListener = function (this: EventTarget, type, listener, options) {
    if ((this === window || this === document) && listener) {
      const entry = identify(this, type, listener, options);
      if (!registered.has(entry)) {
        registered.add(entry);
        live.set(key(this, type), (live.get(key(this, type)) ?? 0) + 1);
      }
    }
    return add.call(this, type, listener, options);
  };
  EventTarget.prototype.removeEventListener = function (this: EventTarget, type, listener, options) {
    if ((this === window || this === document) && listener) {
      const entry = identify(this, type, listener, options);
      if (registered.delete(entry)) live.set(key(this, type), live.get(key(this, type))! - 1);
    }
    return remove.call(this, type, listener, options);
  };
  return {
    net: () => Object.fromEntries([...live].filter(([, count]) => count !== 0)),
    restore() {
      EventTarget.prototype.addEventListener = add;
      EventTarget.prototype.removeEventListener = remove;
    },
  };
}

/** Connects and disconnects `el` `times` times, then renders and removes `fresh` new instances. */
async function cycle(
  spec: ElementSpec,
  el: HTMLElement,
  host: HTMLElement,
  times: number,
  fresh: number,
): Promise<WeakRef<HTMLElement>[]> {
  for (let i = 0; i < times; i += 1) {
    host.append(el);
    await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    el.remove();
  }
  const removed: WeakRef<HTMLElement>[] = [];
  for (let i = 0; i < fresh; i += 1) {
    const other = create(spec);
    host.append(other);
    await idle(other);
    other.remove();
    removed.push(new WeakRef(other));
  }
  return removed;
}

describe('hardening: leaks', function () {
  this.timeout(60_000);
  afterEach(() => unmountAll());

  it('can force garbage collection and read the heap (Chromium runs with --expose-gc)', () => {
    expect(gc, 'window.gc').to.be.a('function');
    expect(heap()).to.be.greaterThan(0);
  });

  for (const spec of elements) {
    it(`<${spec.tag}> connected and disconnected 1,000 times: heap within 10%, no listener or instance left`, async () => {
      const el = await mount(spec);
      await spec.drive(el, (el as unknown as { pack: never }).pack, async () => {});
      const host = el.parentElement!;
      el.remove();
      // Warm-up: the first fresh instances fill one-time caches (templates, styles, compiled code).
      await cycle(spec, el, host, 100, 50);
      const before = await collect();
      const listeners = countListeners();
      let removed: WeakRef<HTMLElement>[];
      try {
        host.append(el);
        await idle(el);
        const whileConnected = listeners.net();
        if (spec.tag === 'trust-hotline-banner') {
          // The counter sees the quick-exit listeners, so "none left" below means something.
          expect(whileConnected).to.deep.equal({
            'document:keydown': 1,
            'document:keyup': 1,
            'window:pageshow': 1,
          });
        }
        el.remove();
        removed = await cycle(spec, el, host, 1000, 50);
        expect(listeners.net(), 'listeners left on window/document').to.deep.equal({});
      } finally {
        listeners.restore();
      }
      // A leaked instance stays alive for good; one still held by a task the browser has not run yet
      // (a pending timer, a queued observer record) is gone within a few collections. Two seconds
      // of collections tell the two apart on a fast or a busy machine alike.
      let alive = removed.filter((ref) => ref.deref()).length;
      for (let round = 0; alive > 0 && round < 20; round += 1) {
        await collect();
        alive = removed.filter((ref) => ref.deref()).length;
      }
      expect(alive, 'removed instances still alive').to.equal(0);
      const after = await collect();
      expect(after / before, `heap ${before} → ${after}`).to.be.at.most(1.1);
    });
  }
});

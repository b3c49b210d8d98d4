import { expect } from '@open-wc/testing';
import { leavePage } from '../src/components/hotline-banner/hotline-banner.quick-exit.js';

/**
 * A banner inside an embed (an iframe): the quick exit takes the whole page away, not only the
 * frame. Real navigation is tested in hotline-banner.test.ts; here the windows are stand-ins,
 * because in the test runner every frame's top is the test page itself.
 */
const windowWith = (top: unknown, left: string[], refuse = false) => {
  const own = {
    top: undefined as unknown,
    location: { replace: (url: string) => left.push(`frame:${url}`) },
  };
  own.top = top ?? own;
  if (top && refuse) {
    (top as { location: unknown }).location = {
      replace: () => {
        throw new DOMException('Refused', 'SecurityError');
      },
    };
  }
  return own as unknown as Window;
};

describe('quick exit from an embed', () => {
  it('replaces the top page, so the article around the frame does not stay on screen', () => {
    const left: string[] = [];
    const top = { location: { replace: (url: string) => left.push(`top:${url}`) } };
    leavePage('https://example.org/', windowWith(top, left));
    expect(left[0]).to.equal('top:https://example.org/');
  });

  it('still leaves the frame when the page refuses (a sandboxed embed)', () => {
    const left: string[] = [];
    leavePage('https://example.org/', windowWith({ location: {} }, left, true));
    expect(left).to.deep.equal(['frame:https://example.org/']);
  });

  it('a page that is not embedded leaves once', () => {
    const left: string[] = [];
    leavePage('https://example.org/', windowWith(undefined, left));
    expect(left).to.deep.equal(['frame:https://example.org/']);
  });
});

/**
 * `emulate-media-features` command: emulates CSS media features through the Chrome DevTools
 * Protocol, including `forced-colors`, which `emulateMedia` from @web/test-runner-commands
 * ignores under Puppeteer (Puppeteer's own emulateMediaFeatures rejects it too).
 * Payload: `{ features: [{ name: 'forced-colors', value: 'active' }] }`; an empty list resets.
 */
export function mediaFeatures() {
  /** One DevTools session per page, kept open: detaching it would drop the emulation. */
  const sessions = new WeakMap();
  return {
    name: 'emulate-media-features',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-media-features') return undefined;
      const page = session.browser.getPage(session.id);
      if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
      await sessions.get(page).send('Emulation.setEmulatedMedia', { features: payload?.features ?? [] });
      return true;
    },
  };
}

import { expect, html } from '@open-wc/testing';
import enJson from '../content/trust-issues.en.json' with { type: 'json' };
import esJson from '../content/trust-issues.es.json' with { type: 'json' };
import '../src/define/hotline-banner.js';
import type { TrustHotlineBanner } from '../src/components/hotline-banner/hotline-banner.js';
import type { ContentPack } from '../src/schema/index.js';
import { PINNED_ELSEWHERE, PINNED_HOTLINES, PINNED_HOURS, WOMENS_SERVICES } from './fixtures/hotlines.js';
import { $, $$, render, textOf } from './helpers.js';

/** Safety-critical: every built-in hotline fact against the one pinned table (HOTLINES.md). */
const packs = { en: enJson as ContentPack, es: esJson as ContentPack };
const hrefs = (el: Element) => $$(el, 'a').map((a) => a.getAttribute('href'));

for (const [lang, pack] of Object.entries(packs) as ['en' | 'es', ContentPack][]) {
  describe(`pinned hotlines: the ${lang} pack (change only against HOTLINES.md)`, () => {
    it('lists exactly the pinned regions, lines, numbers, keywords, topics and gaps', () => {
      expect(Object.keys(pack.hotlines.regions)).to.deep.equal(Object.keys(PINNED_HOTLINES));
      expect(pack.hotlines.defaultRegion).to.equal('US');
      for (const [code, pinned] of Object.entries(PINNED_HOTLINES)) {
        const region = pack.hotlines.regions[code]!;
        expect(region.emergency.dial, `${code} emergency`).to.equal(pinned.emergency);
        expect(
          region.lines.map((line) => ({
            id: line.id,
            topics: line.topics,
            phone: line.phone?.dial,
            sms: line.sms?.dial,
            keyword: line.sms?.keyword,
            tty: line.tty?.dial,
            chat: line.chat,
          })),
          code,
        ).to.deep.equal(
          pinned.lines.map((line) => ({
            id: line.id,
            topics: line.topics,
            phone: line.phone,
            sms: line.sms,
            keyword: line.keyword?.[lang],
            tty: line.tty,
            chat: line.chat,
          })),
        );
        for (const line of region.lines) expect(line.hours, `${code} ${line.id} hours`).to.equal(PINNED_HOURS[lang]);
        expect(
          (region.gaps ?? []).map((gap) => gap.topic),
          `${code} gaps`,
        ).to.deep.equal(pinned.gaps);
      }
      expect(pack.hotlines.elsewhere.url).to.equal(PINNED_ELSEWHERE);
    });

    it('describes the women’s services as for women, and says text lines have no phone line', () => {
      for (const region of Object.values(pack.hotlines.regions)) {
        for (const line of region.lines) {
          if (WOMENS_SERVICES.includes(line.id))
            expect(line.purpose, line.id).to.match(lang === 'en' ? /women/i : /mujeres/i);
          if (!line.phone)
            expect(line.purpose, line.id).to.match(lang === 'en' ? /no phone line/i : /no tiene línea telefónica/i);
        }
      }
    });

    for (const [code, pinned] of Object.entries(PINNED_HOTLINES)) {
      it(`shows the ${code} lines with working links and every pinned number`, async () => {
        const el = await render<TrustHotlineBanner>(
          html`<trust-hotline-banner lang=${lang} region=${code}></trust-hotline-banner>`,
        );
        expect($(el, '[part~="base"]').getAttribute('lang')).to.equal(lang);
        const links = hrefs(el);
        for (const line of pinned.lines) {
          if (line.phone) expect(links, line.id).to.include(`tel:${line.phone}`);
          if (line.tty) expect(links, line.id).to.include(`tel:${line.tty}`);
          if (line.chat) expect(links, line.id).to.include(line.chat);
          const keyword = line.keyword?.[lang];
          if (line.sms)
            expect(links, line.id).to.include(keyword ? `sms:${line.sms}?&body=${keyword}` : `sms:${line.sms}`);
          for (const text of line.shows) expect(textOf(el), `${line.id}: ${text}`).to.contain(text);
        }
        expect($(el, '[part~="emergency"] a').getAttribute('href')).to.equal(`tel:${pinned.emergency}`);
        for (const text of pinned.emergencyShows) expect(textOf($(el, '[part~="emergency"]'))).to.contain(text);
        await expect(el).to.be.accessible();
      });
    }
  });
}

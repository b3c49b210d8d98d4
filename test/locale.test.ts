import { expect, fixture, html } from '@open-wc/testing';
import enPack from '../content/trust-issues.en.json' with { type: 'json' };
import '../src/define/hotline-banner.js';
import type { TrustHotlineBanner } from '../src/components/hotline-banner/hotline-banner.js';
import { builtinLanguage } from '../src/internal/content.js';
import { format } from '../src/internal/rich-text.js';
import type { ContentPack } from '../src/schema/index.js';
import { $, $$, render, settled, textOf } from './helpers.js';

const en = enPack as ContentPack;
const banner = (template: ReturnType<typeof html>) => render<TrustHotlineBanner>(template);
const hrefs = (el: Element) => $$(el, 'a').map((a) => a.getAttribute('href'));
const base = (el: Element) => $(el, '[part~="base"]');
/** Renders markup with a banner somewhere inside it and waits for that banner's content. */
const bannerIn = async (template: ReturnType<typeof html>): Promise<TrustHotlineBanner> => {
  const wrapper = await fixture<HTMLElement>(template);
  const el = wrapper.querySelector('trust-hotline-banner')!;
  await settled(el);
  return el;
};
const chunkRequests = (name: string) =>
  performance.getEntriesByType('resource').filter((entry) => entry.name.includes(name));

/**
 * The Spanish pack is imported dynamically, and only after the first block has run: a static
 * import here would itself request the Spanish chunk and hide the thing the first block checks.
 */
let esPack: ContentPack;
const es = async (): Promise<ContentPack> => {
  esPack ??= (await import('../content/trust-issues.es.json', { with: { type: 'json' } })).default as ContentPack;
  return esPack;
};

// Runs first, before anything in this page has asked for Spanish.
describe('built-in packs are loaded only when needed', () => {
  it('an English page loads the English chunk and never requests the Spanish one', async () => {
    const el = await banner(html`<trust-hotline-banner region="US"></trust-hotline-banner>`);
    expect(base(el).getAttribute('lang')).to.equal('en');
    expect(chunkRequests('trust-issues.en'), 'the English chunk shows up in resource timing').to.have.length.above(0);
    expect(chunkRequests('trust-issues.es').map((entry) => entry.name)).to.deep.equal([]);
  });
});

describe('builtinLanguage()', () => {
  it('maps a language tag to the built-in pack with the same primary subtag, else English', () => {
    expect(builtinLanguage('es')).to.equal('es');
    expect(builtinLanguage('es-MX')).to.equal('es');
    expect(builtinLanguage('es-419')).to.equal('es');
    expect(builtinLanguage('ES_us')).to.equal('es');
    expect(builtinLanguage('en-GB')).to.equal('en');
    expect(builtinLanguage('fr')).to.equal('en');
    expect(builtinLanguage('')).to.equal('en');
    expect(builtinLanguage(undefined)).to.equal('en');
  });
});

describe('the built-in pack follows the nearest lang', () => {
  it('uses the Spanish pack inside <div lang="es-MX">: Spanish UI strings and Spanish hotline text', async () => {
    const pack = await es();
    const el = await bannerIn(html`<div lang="es-MX"><trust-hotline-banner region="US"></trust-hotline-banner></div>`);
    expect(base(el).getAttribute('lang')).to.equal('es');
    expect(base(el).getAttribute('dir')).to.equal('ltr');
    expect(textOf($(el, '[part~="heading"]'))).to.equal('No tienes que pasar por esto a solas');
    expect(textOf($(el, '[part~="emergency"]'))).to.equal(format(pack.ui.banner.emergency, { number: '911' }));
    expect(textOf($(el, '[part~="emergency"]'))).to.equal('¿Estás en peligro inmediato? Llama al 911');
    const text = textOf(el);
    expect(text).to.contain('Cuando llames, marca el 2 para hablar con alguien en español.');
    expect(text).to.contain('Llama al 988');
    expect(text).to.contain('Envía START por mensaje de texto al 88788');
    expect(text).to.contain('Idiomas: español e inglés');
    expect(text).not.to.contain(en.ui.banner.title);
    await expect(el).to.be.accessible();
  });

  it('uses the Spanish pack when the element itself has lang="es"', async () => {
    const pack = await es();
    const el = await banner(html`<trust-hotline-banner lang="es" region="GB"></trust-hotline-banner>`);
    expect(base(el).getAttribute('lang')).to.equal('es');
    expect(textOf($(el, '[part~="heading"]'))).to.equal(pack.ui.banner.title);
    expect(textOf($(el, '[part~="emergency"]'))).to.equal(format(pack.ui.banner.emergency, { number: '999' }));
    expect(textOf($(el, 'label[for="region"]'))).to.equal('Tu país');
    expect($(el, 'select option[value="GB"]').textContent).to.equal('Reino Unido');
  });

  it("follows the document's lang (es-419) when nothing nearer has one", async () => {
    const pack = await es();
    const previous = document.documentElement.lang;
    document.documentElement.lang = 'es-419';
    try {
      const el = await banner(html`<trust-hotline-banner region="US"></trust-hotline-banner>`);
      expect(base(el).getAttribute('lang')).to.equal('es');
      expect(textOf($(el, '[part~="heading"]'))).to.equal(pack.ui.banner.title);
    } finally {
      document.documentElement.lang = previous;
    }
  });

  it('follows a lang set on the host of a shadow root it is rendered in', async () => {
    const pack = await es();
    const host = document.createElement('div');
    host.lang = 'es-US';
    document.body.append(host);
    try {
      const root = host.attachShadow({ mode: 'open' });
      const el = document.createElement('trust-hotline-banner');
      el.setAttribute('region', 'US');
      root.append(el);
      await settled(el);
      expect(textOf($(el, '[part~="heading"]'))).to.equal(pack.ui.banner.title);
    } finally {
      host.remove();
    }
  });

  it('falls back to English for a language without a built-in pack (fr)', async () => {
    const el = await bannerIn(html`<div lang="fr"><trust-hotline-banner region="US"></trust-hotline-banner></div>`);
    expect(base(el).getAttribute('lang')).to.equal('en');
    expect(textOf($(el, '[part~="heading"]'))).to.equal(en.ui.banner.title);
    expect(textOf($(el, '[part~="emergency"]'))).to.equal(format(en.ui.banner.emergency, { number: '911' }));
  });

  it('a nearer lang wins over a farther one (en inside es)', async () => {
    const el = await bannerIn(
      html`<div lang="es">
        <section lang="en-US"><trust-hotline-banner region="US"></trust-hotline-banner></section>
      </div>`,
    );
    expect(textOf($(el, '[part~="heading"]'))).to.equal(en.ui.banner.title);
  });
});

describe('Spanish pack: pinned hotline numbers (safety-critical: change only against HOTLINES.md)', () => {
  const pinned: Record<string, { emergency: string; links: string[]; texts: string[] }> = {
    US: {
      emergency: 'tel:911',
      links: [
        'tel:988',
        'sms:988',
        'https://988lifeline.org/chat',
        'tel:+18007997233',
        'tel:+18007873224',
        'sms:88788?&body=START',
        'https://www.thehotline.org',
        'sms:741741?&body=HOME',
      ],
      texts: ['988', '1-800-799-7233', '1-800-787-3224', 'START', '88788', 'HOME', '741741', '911'],
    },
    GB: {
      emergency: 'tel:999',
      links: ['tel:116123', 'tel:08082000247', 'sms:85258?&body=SHOUT'],
      texts: ['116 123', '0808 2000 247', 'SHOUT', '85258', '999'],
    },
    CA: { emergency: 'tel:911', links: ['tel:988', 'sms:988'], texts: ['988', '911'] },
    AU: {
      emergency: 'tel:000',
      links: ['tel:131114', 'sms:0477131114', 'tel:1800737732', 'sms:0458737732'],
      texts: ['13 11 14', '0477 13 11 14', '1800 737 732', '0458 737 732', '000'],
    },
    IE: {
      emergency: 'tel:112',
      links: ['tel:116123', 'tel:1800341900'],
      texts: ['116 123', '1800 341 900', '112 o 999'],
    },
  };

  for (const [region, expected] of Object.entries(pinned)) {
    it(`shows the ${region} hotlines in Spanish with the same working links as English`, async () => {
      const el = await banner(html`<trust-hotline-banner lang="es" region=${region}></trust-hotline-banner>`);
      expect(base(el).getAttribute('lang')).to.equal('es');
      expect(hrefs(el)).to.include.members(expected.links);
      expect($(el, '[part~="emergency"] a').getAttribute('href')).to.equal(expected.emergency);
      for (const text of expected.texts) expect(textOf(el)).to.contain(text);
      await expect(el).to.be.accessible();
    });
  }

  it('has exactly the English pack’s dialable numbers in every region, line by line', async () => {
    const pack = await es();
    const dialable = (p: ContentPack) =>
      Object.entries(p.hotlines.regions).map(([code, region]) => ({
        code,
        emergency: region.emergency.dial,
        lines: region.lines.map((line) => ({
          id: line.id,
          phone: line.phone?.dial,
          sms: line.sms?.dial,
          keyword: line.sms?.keyword,
          tty: line.tty?.dial,
          chat: line.chat,
        })),
      }));
    expect(dialable(pack)).to.deep.equal(dialable(en));
    expect(pack.hotlines.defaultRegion).to.equal('US');
  });

  it('tells Spanish speakers in the US how to reach someone in Spanish (988: press 2; NDVH: Spanish-speaking advocates)', async () => {
    const pack = await es();
    const us = pack.hotlines.regions.US!;
    const lifeline = us.lines.find((line) => line.id === '988-lifeline')!;
    const ndvh = us.lines.find((line) => line.id === 'ndvh')!;
    expect(lifeline.note).to.equal('Cuando llames, marca el 2 para hablar con alguien en español.');
    expect(lifeline.languages).to.deep.equal(['es', 'en']);
    expect(ndvh.languages).to.deep.equal(['es', 'en']);
    // Crisis Text Line's Spanish service is not in HOTLINES.md, so the pack does not claim it.
    expect(us.lines.find((line) => line.id === 'crisis-text-line')!.languages).to.deep.equal(['en']);
  });
});

describe('Spanish pack matches the English pack', () => {
  const keysOf = (value: unknown, prefix = ''): string[] =>
    value !== null && typeof value === 'object' && !Array.isArray(value)
      ? Object.entries(value).flatMap(([key, child]) => keysOf(child, prefix ? `${prefix}.${key}` : key))
      : [prefix];
  const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

  it('has every ui string English has, with the same {placeholders}', async () => {
    const pack = await es();
    expect(keysOf(pack.ui).sort()).to.deep.equal(keysOf(en.ui).sort());
    for (const [section, strings] of Object.entries(en.ui)) {
      for (const [key, text] of Object.entries(strings as Record<string, string>)) {
        const spanish = (pack.ui as unknown as Record<string, Record<string, string>>)[section]![key]!;
        expect(placeholders(spanish), `ui.${section}.${key}`).to.deep.equal(placeholders(text));
        if (`${section}.${key}` !== 'banner.tty')
          expect(spanish, `ui.${section}.${key} is translated`).not.to.equal(text);
      }
    }
  });

  it('uses the same ids for signs, causes, steps, questions and bands, so deep links work in both languages', async () => {
    const pack = await es();
    const ids = (p: ContentPack) => ({
      groups: p.signs?.groups.map((group) => [group.id, group.signs.map((sign) => sign.id)]),
      causes: p.causes?.items.map((cause) => cause.id),
      tracks: p.coping?.tracks.map((track) => [track.id, track.steps.map((step) => step.id)]),
      quizzes: p.quizzes?.map((quiz) => [
        quiz.id,
        quiz.questions.map((question) => question.id),
        quiz.bands.map((band) => band.id),
      ]),
      sources: p.meta.sources.map((source) => [source.id, source.title]),
    });
    expect(ids(pack)).to.deep.equal(ids(en));
    expect(pack.meta).to.include({ id: 'trust-issues-es', locale: 'es', direction: 'ltr' });
  });
});

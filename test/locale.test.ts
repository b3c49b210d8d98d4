import { expect, fixture, html } from '@open-wc/testing';
import enPack from '../content/trust-issues.en.json' with { type: 'json' };
import '../src/define/hotline-banner.js';
import type { TrustHotlineBanner } from '../src/components/hotline-banner/hotline-banner.js';
import { builtinLanguage } from '../src/internal/content.js';
import { format } from '../src/internal/format.js';
import type { ContentPack } from '../src/schema/index.js';
import type { Plural } from '../src/schema/primitives.js';
import { $, render, settled, textOf } from './helpers.js';

const en = enPack as ContentPack;
const banner = (template: ReturnType<typeof html>) => render<TrustHotlineBanner>(template);
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
    expect(text).to.contain('En español: al llamar, marca el 2. Por mensaje de texto, envía AYUDA al 988.');
    expect(text).to.contain('Llama al 988');
    expect(text).to.contain('Envía START por mensaje de texto al 88788');
    expect(text).to.contain('Idiomas: inglés y español');
    expect(text).not.to.contain(en.ui.banner.title);
    await expect(el).to.be.accessible();
  });

  it('uses the Spanish pack when the element itself has lang="es"', async () => {
    const pack = await es();
    const el = await banner(html`<trust-hotline-banner lang="es" region="GB"></trust-hotline-banner>`);
    expect(base(el).getAttribute('lang')).to.equal('es');
    expect(textOf($(el, '[part~="heading"]'))).to.equal(pack.ui.banner.title);
    expect(textOf($(el, '[part~="emergency"]'))).to.equal(format(pack.ui.banner.emergency, { number: '999' }));
    expect(textOf($(el, 'label[for="region"]'))).to.equal('Líneas de ayuda para');
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

describe('Spanish pack: hotlines (numbers: test/hotlines-pinned.test.ts)', () => {
  it('tells Spanish speakers in the US how to reach someone in Spanish, by call and by text', async () => {
    const pack = await es();
    const us = pack.hotlines.regions.US!;
    const line = (id: string) => us.lines.find((candidate) => candidate.id === id)!;
    expect(line('988-lifeline').note).to.equal(
      'En español: al llamar, marca el 2. Por mensaje de texto, envía AYUDA al 988.',
    );
    expect(line('988-lifeline').sms).to.deep.equal({ display: '988', dial: '988', keyword: 'AYUDA' });
    expect(line('crisis-text-line').sms?.keyword).to.equal('AYUDA');
    expect(line('988-lifeline').languages).to.deep.equal(['en', 'es']);
    expect(line('ndvh').languages).to.deep.equal(['en', 'es']);
  });
});

describe('Spanish pack matches the English pack', () => {
  /** A ui string's forms: itself, or each plural form of a count string. */
  const forms = (text: Plural): string[] => (typeof text === 'string' ? [text] : Object.values(text));
  const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

  it('has every ui string English has, with the same {placeholders}', async () => {
    const pack = await es();
    const sections = (p: ContentPack) => p.ui as unknown as Record<string, Record<string, Plural>>;
    expect(Object.keys(pack.ui).sort()).to.deep.equal(Object.keys(en.ui).sort());
    for (const [section, strings] of Object.entries(sections(en))) {
      expect(Object.keys(sections(pack)[section]!).sort(), `ui.${section}`).to.deep.equal(Object.keys(strings).sort());
      for (const [key, text] of Object.entries(strings)) {
        const english = placeholders(forms(text).at(-1)!);
        for (const spanish of forms(sections(pack)[section]![key]!)) {
          expect(placeholders(spanish), `ui.${section}.${key}`).to.deep.equal(english);
          if (`${section}.${key}` !== 'banner.tty')
            expect(forms(text), `ui.${section}.${key} is translated`).not.to.include(spanish);
        }
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

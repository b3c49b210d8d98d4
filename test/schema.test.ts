import { expect } from '@open-wc/testing';
import pack from '../content/trust-issues.en.json' with { type: 'json' };
import { parseContentPack, MAX_DEPTH, type ContentPack } from '../src/schema/index.js';

const clone = (): ContentPack => structuredClone(pack) as ContentPack;

function problemsOf(input: unknown): string[] {
  const result = parseContentPack(input);
  expect(result.ok, 'expected the input to be rejected').to.equal(false);
  return result.problems.map((p) => `${p.path}: ${p.message}`);
}

describe('content schema', () => {
  it('accepts the built-in English pack', () => {
    const result = parseContentPack(pack);
    expect(result.problems).to.deep.equal([]);
    expect(result.ok).to.equal(true);
  });

  it('rejects what is not an object, with a message for the whole pack', () => {
    for (const input of [null, 42, 'pack', [], undefined]) {
      expect(problemsOf(input)).to.deep.equal([': A content pack must be a JSON object']);
    }
  });

  it('refuses a region that cannot serve a topic another region serves, unless a gap message says why', () => {
    const input = clone();
    const gb = input.hotlines.regions.GB!;
    gb.lines = gb.lines.filter((line) => !line.topics.includes('domestic-violence'));
    gb.gaps = (gb.gaps ?? []).filter((gap) => gap.topic !== 'domestic-violence');
    expect(problemsOf(input)).to.include(
      'hotlines.regions.GB.gaps: No line here serves "domestic-violence": add one, or a gap message saying where to turn instead',
    );
    gb.gaps.push({
      topic: 'domestic-violence',
      message: 'There is no one national line here; your local council can help.',
    });
    expect(parseContentPack(input).problems).to.deep.equal([]);
  });

  it('names a missing section', () => {
    const input = clone() as Partial<ContentPack>;
    delete input.hotlines;
    expect(problemsOf(input)).to.deep.equal(['hotlines: Required, but missing']);
  });

  it('names a value of the wrong type with its path', () => {
    const input = clone();
    (input.quizzes![0]!.bands[2] as { min: unknown }).min = 'ten';
    expect(problemsOf(input)[0]).to.match(/^quizzes\[0\]\.bands\[2\]\.min: Expected number, but got a string/);
  });

  it('rejects unknown fields (typos) by name', () => {
    const input = clone() as ContentPack & { meta: { titel?: string } };
    input.meta.titel = 'typo';
    expect(problemsOf(input).join('\n')).to.contain('titel');
  });

  it('rejects a bad id, locale, date, region and dial string', () => {
    const input = clone();
    input.meta.id = 'Not An Id';
    input.meta.locale = 'not a locale!';
    input.meta.updated = '23/11/2026';
    input.hotlines.defaultRegion = 'usa';
    input.hotlines.regions.US!.emergency.dial = 'nine-one-one';
    const problems = problemsOf(input).join('\n');
    expect(problems).to.contain('meta.id: Use 1–64 lowercase letters');
    expect(problems).to.contain('meta.locale: Must be a BCP 47 language tag');
    expect(problems).to.contain('meta.updated: Use the date format YYYY-MM-DD');
    expect(problems).to.contain('hotlines.defaultRegion: Use an ISO 3166-1 alpha-2 code');
    expect(problems).to.contain('hotlines.regions.US.emergency.dial: Use only digits');
  });

  it('rejects text that is only invisible characters, which would leave a control unnamed', () => {
    for (const invisible of ['\u200B', '\u2060\u200D', '\u3164', ' \uFEFF ']) {
      const input = clone();
      input.ui.quiz.start = invisible;
      input.quizzes![0]!.scale[0]!.label = invisible;
      input.quizzes![0]!.intro = invisible;
      const problems = problemsOf(input).join('\n');
      expect(problems, JSON.stringify(invisible)).to.contain('ui.quiz.start: Must not be empty');
      expect(problems).to.contain('quizzes[0].scale[0].label: Must not be empty');
      expect(problems).to.contain('quizzes[0].intro: Must not be empty');
    }
    const fine = clone();
    fine.ui.quiz.start = 'Start\u200B';
    expect(parseContentPack(fine).ok).to.equal(true);
  });

  it('rejects duplicate ids within a kind', () => {
    const input = clone();
    const groups = input.signs!.groups;
    groups[0]!.signs[1]!.id = groups[0]!.signs[0]!.id;
    expect(problemsOf(input)).to.deep.include(
      `signs.groups[0].signs[1].id: Duplicate sign id "${groups[0]!.signs[0]!.id}"`,
    );
  });

  it('rejects references to ids that do not exist', () => {
    const input = clone();
    input.causes!.items[0]!.relatedSteps = ['no-such-step'];
    input.causes!.items[1]!.sources = ['no-such-source'];
    input.quizzes![0]!.bands[0]!.causes = ['no-such-cause'];
    input.quizzes![0]!.questions[0]!.sign = 'no-such-sign';
    input.quizzes![0]!.safety[0]!.question = 'no-such-question';
    const problems = problemsOf(input);
    expect(problems).to.include.members([
      'causes.items[0].relatedSteps[0]: Unknown coping step id "no-such-step"',
      'causes.items[1].sources[0]: Unknown source id "no-such-source"',
      'quizzes[0].bands[0].causes[0]: Unknown cause id "no-such-cause"',
      'quizzes[0].questions[0].sign: Unknown sign id "no-such-sign"',
      'quizzes[0].safety[0].question: Unknown question id "no-such-question"',
    ]);
  });

  it('reports cross-field problems in the same pass as shape problems, after them', () => {
    const input = clone();
    delete (input.meta as Partial<ContentPack['meta']>).title;
    input.quizzes![0]!.questions[0]!.text = '';
    input.causes!.items[0]!.relatedSteps = ['no-such-step'];
    input.quizzes![0]!.bands[1]!.min += 1;
    const problems = problemsOf(input);
    expect(problems.slice(0, 2)).to.deep.equal([
      'meta.title: Required, but missing',
      'quizzes[0].questions[0].text: Must not be empty (invisible characters do not count)',
    ]);
    expect(problems.slice(2)).to.have.members([
      'causes.items[0].relatedSteps[0]: Unknown coping step id "no-such-step"',
      `quizzes[0].bands[1].min: Gap: no band covers ${input.quizzes![0]!.bands[0]!.max + 1}–${input.quizzes![0]!.bands[1]!.min - 1}; this min should be ${input.quizzes![0]!.bands[0]!.max + 1}`,
    ]);
  });

  it('checks no reference against ids that have a shape problem, so one mistake is reported once', () => {
    const input = clone();
    const steps = input.coping!.tracks.flatMap((track) => track.steps);
    const cited = steps.find((step) => input.causes!.items.some((cause) => cause.relatedSteps.includes(step.id)))!;
    delete (cited as Partial<typeof cited>).id;
    expect(problemsOf(input)).to.deep.equal([
      `coping.tracks[0].steps[${input.coping!.tracks[0]!.steps.indexOf(cited)}].id: Required, but missing`,
    ]);
    // A section of the wrong type: what refers into it is not reported as unknown either.
    const noCoping = clone() as unknown as Record<string, unknown>;
    noCoping.coping = null;
    expect(problemsOf(noCoping)).to.deep.equal(['coping: Expected object, but got null']);
  });

  it('rejects bands with a gap, an overlap or a short end', () => {
    const gap = clone();
    const bands = gap.quizzes![0]!.bands;
    bands[1]!.min += 1;
    expect(problemsOf(gap)[0]).to.match(/^quizzes\[0\]\.bands\[1\]\.min: Gap: no band covers/);

    const overlap = clone();
    overlap.quizzes![0]!.bands[1]!.min -= 1;
    expect(problemsOf(overlap)[0]).to.match(/^quizzes\[0\]\.bands\[1\]\.min: Overlap/);

    const short = clone();
    const last = short.quizzes![0]!.bands.at(-1)!;
    last.max -= 1;
    expect(problemsOf(short)[0]).to.match(/^quizzes\[0\]\.bands\[\d+\]\.max: The last band must end at/);
  });

  it('rejects sign feedback that does not cover every count', () => {
    const input = clone();
    input.signs!.feedback.at(-1)!.max += 5;
    expect(problemsOf(input)[0]).to.match(/^signs\.feedback\[\d+\]\.max: The last feedback message must end at \d+/);
  });

  it('rejects a default region with no hotlines', () => {
    const input = clone();
    input.hotlines.defaultRegion = 'FR';
    expect(problemsOf(input)).to.deep.equal([
      'hotlines.defaultRegion: No hotlines are listed for the default region "FR"',
    ]);
  });

  it('rejects a chat or source URL that is not https', () => {
    const input = clone();
    input.hotlines.regions.US!.lines[0]!.chat = 'javascript:alert(1)';
    input.meta.sources[0]!.url = 'http://example.com';
    const problems = problemsOf(input).join('\n');
    expect(problems).to.contain('hotlines.regions.US.lines[0].chat: Must be an https:// URL');
    expect(problems).to.contain('meta.sources[0].url: Must be an https:// URL');
  });

  it('limits nesting depth with a clear error, and does not throw on cycles', () => {
    let deep: Record<string, unknown> = {};
    const input = { ...clone(), extra: deep };
    for (let i = 0; i < MAX_DEPTH + 5; i += 1) deep = (deep.next = {}) as Record<string, unknown>;
    expect(problemsOf(input)[0]).to.match(/^extra(\.next)+: Nested too deeply: at most 16 levels/);

    const cyclic: Record<string, unknown> = clone() as unknown as Record<string, unknown>;
    cyclic.self = cyclic;
    expect(problemsOf(cyclic)[0]).to.contain('Nested too deeply');
  });

  it('limits the number of values with a clear error', () => {
    const input = { ...clone(), extra: Array.from({ length: 60_000 }, () => 1) };
    expect(problemsOf(input)).to.deep.equal([': The pack is too large: it holds more than 50000 values']);
  });
});

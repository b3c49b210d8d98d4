import { expect } from '@open-wc/testing';
import pack from '../content/trust-issues.en.json' with { type: 'json' };
import type { ContentPack, Quiz } from '../src/schema/index.js';
import {
  bandFor,
  matchingSafetyRules,
  quizResult,
  safetyTopics,
  scoreRange,
  scoredValue,
  standoutSignIds,
  totalScore,
  restoreProgress,
  type Answers,
} from '../src/components/quiz/quiz.state.js';

const builtIn = pack as ContentPack;
const quiz = builtIn.quizzes![0]!;
const question = (id: string) => quiz.questions.find((q) => q.id === id)!;

/** Answers every question with `value` (raw), then applies overrides. */
const all = (value: number, overrides: Answers = {}): Answers => ({
  ...Object.fromEntries(quiz.questions.map((q) => [q.id, value])),
  ...overrides,
});

/** Raw answers whose total score is exactly `score` (0..44), filling scored questions in order. */
function answersScoring(score: number): Answers {
  const answers: Answers = {};
  let left = score;
  for (const q of quiz.questions) {
    if (q.scored === false) continue;
    const scored = Math.min(4, left);
    left -= scored;
    answers[q.id] = q.reverse ? 4 - scored : scored;
  }
  return answers;
}

describe('quiz scoring', () => {
  it('is the built-in trust-check quiz: 12 questions (11 scored), scale 0..4, two reverse items', () => {
    expect(quiz.id).to.equal('trust-check');
    expect(quiz.questions).to.have.length(12);
    expect(quiz.questions.filter((q) => q.scored === false).map((q) => q.id)).to.deep.equal(['feel-unsafe']);
    expect(scoreRange(quiz)).to.deep.equal({ min: 0, max: 44 });
    expect(quiz.questions.filter((q) => q.reverse).map((q) => q.id)).to.deep.equal(['ask-for-help', 'can-forgive']);
  });

  it('reverse-scores items as lowest + highest − value', () => {
    expect(scoredValue(quiz, question('ask-for-help'), 0)).to.equal(4);
    expect(scoredValue(quiz, question('ask-for-help'), 1)).to.equal(3);
    expect(scoredValue(quiz, question('ask-for-help'), 4)).to.equal(0);
    expect(scoredValue(quiz, question('expect-letdown'), 1)).to.equal(1);
    const shifted: Quiz = { ...quiz, scale: [1, 2, 3, 4, 5].map((value) => ({ value, label: `${value}` })) };
    expect(scoredValue(shifted, question('can-forgive'), 2)).to.equal(4);
  });

  it('sums answers with reverse items', () => {
    expect(totalScore(quiz, all(0))).to.equal(8); // two reverse items answered 0 score 4 each
    expect(totalScore(quiz, all(4))).to.equal(36); // the unscored safety question adds nothing
    expect(totalScore(quiz, all(0, { 'ask-for-help': 4, 'can-forgive': 4 }))).to.equal(0);
    expect(totalScore(quiz, all(4, { 'ask-for-help': 0, 'can-forgive': 0 }))).to.equal(44);
    expect(totalScore(quiz, all(0, { 'ask-for-help': 4, 'can-forgive': 4, 'feel-unsafe': 4 }))).to.equal(0);
    expect(totalScore(quiz, { 'expect-letdown': 3, 'ask-for-help': 1 })).to.equal(6);
  });

  for (const [score, band] of [
    [0, 'steady'],
    [14, 'steady'],
    [15, 'some-effort'],
    [29, 'some-effort'],
    [30, 'heavy'],
    [44, 'heavy'],
  ] as const) {
    it(`puts a score of ${score} in the "${band}" band`, () => {
      const answers = answersScoring(score);
      expect(totalScore(quiz, answers)).to.equal(score);
      expect(bandFor(quiz, score).id).to.equal(band);
      expect(quizResult(builtIn, quiz, answers).band.id).to.equal(band);
    });
  }

  it('bands from the pack are used, not built-in numbers', () => {
    const custom: Quiz = structuredClone(quiz);
    custom.bands[0]!.max = 20;
    custom.bands[1]!.min = 21;
    expect(bandFor(custom, 20).id).to.equal('steady');
    expect(bandFor(custom, 21).id).to.equal('some-effort');
  });

  it('lists the signs whose scored answer is at or above standoutAt, in quiz order', () => {
    const answers = all(2, {
      'expect-letdown': 3,
      'check-up': 4,
      'ask-for-help': 1, // reverse: scores 3 → stands out
      'can-forgive': 3, // reverse: scores 1 → does not
      'doubt-kind': 2,
    });
    expect(standoutSignIds(quiz, answers)).to.deep.equal(['expect-hurt', 'self-reliant', 'checking']);
    expect(quizResult(builtIn, quiz, answers).standout.map((sign) => sign.text)).to.deep.equal([
      'expect people to hurt you or let you down',
      'would rather do everything yourself than ask for help',
      'check their phone, messages or where they are',
    ]);
    expect(standoutSignIds(quiz, all(0, { 'ask-for-help': 4, 'can-forgive': 4 }))).to.deep.equal([]);
  });

  it('matches the safety rule on any answer above the lowest ("Rarely" included)', () => {
    expect(matchingSafetyRules(quiz, { 'feel-unsafe': 0 })).to.deep.equal([]);
    expect(matchingSafetyRules(quiz, {})).to.deep.equal([]);
    const rules = matchingSafetyRules(quiz, { 'feel-unsafe': 1 });
    expect(rules.map((rule) => rule.question)).to.deep.equal(['feel-unsafe']);
    expect(matchingSafetyRules(quiz, { 'feel-unsafe': 4 })).to.have.length(1);
    expect(safetyTopics(rules)).to.deep.equal(['domestic-violence', 'crisis']);
  });

  it('looks up the band’s steps and causes from the pack', () => {
    const result = quizResult(builtIn, quiz, all(4, { 'ask-for-help': 0, 'can-forgive': 0 }));
    // The heavy band starts with getting help, and names no cause that says what happened to the reader.
    expect(result.steps.map((step) => step.id)).to.deep.equal([
      'get-help',
      'feel-the-pain',
      'self-compassion',
      'find-roots',
    ]);
    expect(result.causes.map((cause) => cause.id)).to.deep.equal([
      'past-relationships',
      'attachment-style',
      'self-doubt',
      'betrayal',
    ]);
    for (const band of quiz.bands) {
      expect(band.causes, band.id).not.to.include.members(['abuse']);
      expect(band.causes, band.id).not.to.include('childhood');
      expect(band.causes, band.id).not.to.include('traumatic-events');
    }
    expect(result.safety).to.have.length(1);
  });
});

describe('quiz saved progress', () => {
  it('keeps valid answers and position, drops unknown questions and off-scale values', () => {
    const [first, second, third] = quiz.questions;
    const restored = restoreProgress(quiz, {
      screen: 'question',
      index: 3,
      answers: { [first!.id]: 2, [second!.id]: 1, [third!.id]: 9, nope: 1, 'uneasy-close': '3' },
    });
    // The third answer is off the scale, so the reader resumes there, not past it at question 4.
    expect(restored).to.deep.equal({ screen: 'question', index: 2, answers: { [first!.id]: 2, [second!.id]: 1 } });
    const all = Object.fromEntries(quiz.questions.map((question) => [question.id, 1]));
    expect(restoreProgress(quiz, { screen: 'question', index: 3, answers: all })!.index).to.equal(3);
  });

  it('gives nothing to resume for empty or malformed storage', () => {
    expect(restoreProgress(quiz, undefined)).to.equal(undefined);
    expect(restoreProgress(quiz, 'x')).to.equal(undefined);
    expect(restoreProgress(quiz, { screen: 'intro', index: 0, answers: {} })).to.equal(undefined);
  });

  it('sends a result with missing answers back to the first unanswered question, and clamps the index', () => {
    expect(restoreProgress(quiz, { screen: 'result', index: 11, answers: { 'expect-letdown': 1 } })).to.deep.equal({
      screen: 'question',
      index: 1,
      answers: { 'expect-letdown': 1 },
    });
    const all = Object.fromEntries(quiz.questions.map((question) => [question.id, 1]));
    expect(restoreProgress(quiz, { screen: 'question', index: 99, answers: all })!.index).to.equal(11);
  });
});

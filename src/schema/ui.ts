import { z } from 'zod';
import { Plural, Text } from './primitives.js';

/**
 * Interface wording, so a pack in another language needs no code change.
 * `{name}` placeholders are filled in by the widgets; every placeholder a string uses is listed
 * in its description.
 */
const strings = <K extends string, P extends string = never>(keys: readonly K[], counts: readonly P[] = []) =>
  z.strictObject({
    ...(Object.fromEntries(keys.map((key) => [key, Text])) as Record<K, typeof Text>),
    ...(Object.fromEntries(counts.map((key) => [key, Plural])) as Record<P, typeof Plural>),
  });

/**
 * The four privacy lines of the quiz and the checklist, one of which is shown, the one literally
 * true: nothing leaves or is stored (`privacy`); with `persist` (`privacyPersist`); with
 * `share-answers`, the site's page can read the answers or ticks (`privacyShared`); with both
 * (`privacySharedPersist`).
 */
const PRIVACY = ['privacy', 'privacyPersist', 'privacyShared', 'privacySharedPersist'] as const;

export const CommonStrings = strings([
  /** Heading of the error panel. */
  'errorTitle',
  /** Sentence under the heading of the error panel. */
  'errorIntro',
  /** `{url}`: the content URL that could not be fetched; `{reason}`: why. */
  'fetchFailed',
  /** `{url}`, `{seconds}` */
  'fetchTimeout',
  /** `{url}` */
  'notJson',
  /** `{url}`, `{kilobytes}` */
  'tooLarge',
  /** Starts the list of articles a sign, cause or step is based on, e.g. "Based on". */
  'basedOn',
  /** The control on every screen that reveals the hotlines in place, e.g. "Need help now?". */
  'helpNow',
  /** Tells the reader a list of hotlines follows, when content failed. */
  'fallbackHotlines',
  /** `{reason}` for a download that never reached the server. */
  'reasonNetwork',
  /** `{reason}` for a download that broke off. */
  'reasonInterrupted',
  /** `{reason}` for a `src` that is not a URL. */
  'reasonBadUrl',
  /** `{reason}` for a server error; `{status}`: the HTTP status code. */
  'reasonHttp',
  /** An inline `<script type="application/json">` that is not JSON; `{detail}`: the parser's message. */
  'inlineNotJson',
  /** Error panel: `pack="{id}"` names no precompiled pack on the page. `{id}` */
  'packUnknown',
  /** Error panel: the precompiled pack's module was changed after build-pack wrote it. `{id}` */
  'packTampered',
  /** Error panel: `src` names a script, which is never loaded as content. `{url}` */
  'srcScript',
] as const);

export const BannerStrings = strings(
  [
    'title',
    'intro',
    /** Label of the region picker. */
    'regionLabel',
    /** Names the region the lines shown are for. `{region}`: its name. */
    'regionFor',
    /**
     * Said when the reader's region is not in the pack. `{wanted}`: the reader's region;
     * `{region}`: the region whose lines are shown instead.
     */
    'notCovered',
    /** `{number}` */
    'call',
    /** `{number}` */
    'text',
    /** `{keyword}`, `{number}` */
    'textKeyword',
    /** `{number}` */
    'tty',
    'chat',
    /** `{hours}` */
    'hours',
    /** `{languages}` */
    'languages',
    /** `{number}` */
    'emergency',
    /** Shown when the pack's content failed and the built-in hotlines are shown instead. */
    'contentFailed',
    'quickExit',
    'quickExitHint',
    'leaving',
  ] as const,
  /** Said after a lone Shift press: how many more leave (a plural). `{count}` */
  ['shiftRemaining'] as const,
);

export const QuizStrings = strings(
  [
    'start',
    'next',
    'back',
    'seeResults',
    'retake',
    /** `{n}`, `{total}` */
    'questionOf',
    /** The name of the quiz's progress bar, whose value is `questionOf`. `{quiz}`: the quiz title */
    'progressLabel',
    /** `{score}`, `{max}` */
    'score',
    'scaleLabel',
    /** `{band}`: band title, `{score}`, `{max}` */
    'scaleText',
    'standout',
    'steps',
    'causes',
    /** Heading of the help shown when a safety rule matches; the result's first heading then. */
    'safetyTitle',
    /** The one short sentence said when a safety rule starts to match. */
    'safetyAnnounce',
    /** On a result after a safety rule matched: heading of what follows the help. */
    'otherAnswers',
    /** On a result after a safety rule matched: put before the steps, instead of the band's verdict. */
    'otherAnswersIntro',
    'resumeOffer',
    /** On the intro after Back, with answers given this visit: offers to pick them up (`resume`) or start over. */
    'answersKept',
    'resume',
    'startOver',
    /** On the result: opens the review of every answer (`reviewTitle`), each with a `changeAnswer` button. */
    'changeAnswers',
    /** Heading of the review of every answer given. */
    'reviewTitle',
    /** The button by each answer in the review that opens its question; named with the question too. */
    'changeAnswer',
    /** Shown on a prerendered intro until the script runs, and for good without it, instead of Start. */
    'needsScript',
    /** On a question opened from the review: the button that keeps the answer and goes back to it. */
    'backToAnswers',
    /** Asked inside the quiz when `retake` is pressed, before any answer is cleared; `clear` then clears. */
    'retakeConfirm',
    /** Closes the `retakeConfirm` question, answers kept. */
    'keepAnswers',
    'clear',
    'cleared',
    ...PRIVACY,
    /** Said when a question is shown. `{n}`, `{total}`, `{text}`: the question */
    'questionAnnounce',
    /** Shown by the Next button while the question is unanswered, and said when Enter is pressed too early. */
    'chooseAnswer',
    /** Error panel: the pack has no quiz. */
    'missingQuiz',
    /** Error panel: the `quiz` attribute names no quiz. `{quiz}` */
    'unknownQuiz',
  ] as const,
  /** `questionCount`: `{total}` questions on the intro (a plural of `total`). */
  ['questionCount'] as const,
);

export const ChecklistStrings = strings(
  [
    'reset',
    'explain',
    'clear',
    'cleared',
    ...PRIVACY,
    /** Said when Reset has unticked every sign. `{total}` */
    'resetDone',
    /** Shown with the feedback when a <trust-quiz> is on the page: moves there. */
    'toQuiz',
    /** Shown with the feedback when a <trust-coping-steps> is on the page: moves there. */
    'toSteps',
    /** Error panel: the pack has no signs. */
    'missingSigns',
    /** Error panel: the `group` attribute names no group. `{group}` */
    'unknownGroup',
  ] as const,
  /** `count`: how many signs are ticked, `{count}` of `{total}` (a plural of `count`). */
  ['count'] as const,
);

export const ExplorerStrings = strings(
  [
    'filterLabel',
    'all',
    'showsUpAs',
    'reflection',
    'relatedSteps',
    'noMatches',
    /** Filter choice for causes tagged `romantic`. */
    'tagRomantic',
    /** Filter choice for causes tagged `family`. */
    'tagFamily',
    /** Filter choice for causes tagged `friends`. */
    'tagFriends',
    /** Filter choice for causes tagged `work`. */
    'tagWork',
    /** Error panel: the pack has no causes. */
    'missingCauses',
  ] as const,
  /** `shownCount`: said when the filter changes, `{count}` of `{total}` (a plural of `count`). */
  ['shownCount'] as const,
);

export const StepsStrings = strings(
  [
    'trackLabel',
    /** `{n}`, `{total}` */
    'stepOf',
    'overview',
    'next',
    'back',
    'markDone',
    'done',
    'tips',
    'noteLabel',
    'noteMemory',
    'notePersist',
    'clearNotes',
    'cleared',
    'helpTitle',
    /** Said when the step changes. `{n}`, `{total}`, `{title}` */
    'stepAnnounce',
    /** Said when the reader switches track. `{track}`, `{n}`, `{total}`, `{title}` */
    'trackAnnounce',
    /** Said when every step of a track is marked done. `{track}` */
    'allDone',
    /** Error panel: the pack has no coping section. */
    'missingCoping',
    /** Error panel: the `track` attribute names no track. `{track}` */
    'unknownTrack',
  ] as const,
  /** `doneCount`: `{count}` of `{total}` steps done (a plural of `count`). */
  ['doneCount'] as const,
);

export const UiStrings = z.strictObject({
  common: CommonStrings,
  banner: BannerStrings,
  quiz: QuizStrings,
  checklist: ChecklistStrings,
  explorer: ExplorerStrings,
  steps: StepsStrings,
});

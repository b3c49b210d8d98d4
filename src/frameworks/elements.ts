import type { TrustCausesExplorer } from '../components/causes-explorer/causes-explorer.js';
import type { TrustCopingSteps } from '../components/coping-steps/coping-steps.js';
import type { TrustHotlineBanner } from '../components/hotline-banner/hotline-banner.js';
import type { TrustQuiz } from '../components/quiz/quiz.js';
import type { TrustSignsChecklist } from '../components/signs-checklist/signs-checklist.js';
import type { TrustEventName } from '../internal/trust-element.js';

type Shared = 'content' | 'src' | 'theme' | 'fetchTimeout' | 'region';
/** The elements that hear what a reader answers, ticks or opens. */
type Answers = 'shareAnswers';

/** The public properties of each element, taken from the classes so they cannot drift. */
export interface TrustElementProps {
  'trust-hotline-banner': Pick<TrustHotlineBanner, Shared | 'variant' | 'topics' | 'quickExit'>;
  'trust-quiz': Pick<TrustQuiz, Shared | Answers | 'quiz' | 'persist'>;
  'trust-signs-checklist': Pick<TrustSignsChecklist, Shared | Answers | 'group' | 'persist'>;
  'trust-causes-explorer': Pick<TrustCausesExplorer, Shared | Answers | 'selected'>;
  'trust-coping-steps': Pick<TrustCopingSteps, Shared | 'track' | 'step' | 'persist'>;
}

export type { TrustEventName };

/** `trust-quiz-complete` → `TrustQuizComplete`. */
export type PascalEvent<S extends string> = S extends `${infer Head}-${infer Tail}`
  ? `${Capitalize<Head>}${PascalEvent<Tail>}`
  : Capitalize<S>;

// Type check (run by `tsc` in npm test): the React 19 typings accept the documented usage and
// reject mistakes. Not executed.
import type {} from '../../src/frameworks/react.js';

export function Article() {
  return (
    <article>
      <trust-hotline-banner region="GB" variant="compact" quickExit="https://www.bbc.co.uk/weather" />
      <trust-quiz
        quiz="trust-check"
        persist
        shareAnswers
        ontrust-quiz-complete={(event) => {
          // Present only with share-answers, so typed as possibly missing.
          const band: string | undefined = event.detail.bandId;
          const score: number | undefined = event.detail.score;
          return [band, score];
        }}
        ontrust-content-error={(event) => event.detail.problems.map((problem) => problem.path)}
      />
      <trust-signs-checklist group="emotional" ontrust-checklist-change={(event) => event.detail.count} />
      <trust-causes-explorer selected="betrayal" ontrust-cause-select={(event) => event.detail.causeId} />
      <trust-coping-steps track="for-you" ontrust-step-change={(event) => event.detail.stepId} />
      {/* @ts-expect-error: variant is "inline" or "compact" */}
      <trust-hotline-banner variant="large" />
      {/* @ts-expect-error: the quiz has no "group" property */}
      <trust-quiz group="emotional" />
      {/* @ts-expect-error: the detail of trust-quiz-complete has no "answers" (answers stay inside) */}
      <trust-quiz ontrust-quiz-complete={(event) => event.detail.answers} />
    </article>
  );
}

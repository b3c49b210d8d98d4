// The built-in quiz (content/trust-issues.en.json, quizzes[0]) as a SurveyJS survey: the same intro
// and start button (a start page), one question per page with the same statements and scale, Next
// and Back, the same score (reverse items included) and the same bands on the completed page.
// Not built: safety alerts, standout signs, linked steps/causes, hotlines (the bench answers so
// that no safety rule matches, and our quiz then shows band, score and lists).

/** Escapes text for the HTML SurveyJS renders on its completed page. */
const escape = (text) => String(text).replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

export function surveyFromPack(pack, quizIndex = 0) {
  const quiz = pack.quizzes[quizIndex];
  const values = quiz.scale.map((point) => point.value);
  const low = Math.min(...values);
  const high = Math.max(...values);
  const term = (question) => (question.reverse ? `(${low + high} - {${question.id}})` : `{${question.id}}`);
  return {
    title: quiz.title,
    firstPageIsStartPage: true,
    startSurveyText: pack.ui.quiz.start,
    pageNextText: pack.ui.quiz.next,
    pagePrevText: pack.ui.quiz.back,
    completeText: pack.ui.quiz.seeResults,
    showQuestionNumbers: 'off',
    showProgressBar: 'top',
    progressBarType: 'questions',
    pages: [
      {
        name: 'intro',
        elements: [
          {
            type: 'html',
            name: 'intro',
            html: `<p>${escape(quiz.intro)}</p><p>${escape(quiz.disclaimer)}</p>`,
          },
        ],
      },
      ...quiz.questions.map((question) => ({
        name: `page-${question.id}`,
        elements: [
          {
            type: 'radiogroup',
            name: question.id,
            title: question.text,
            isRequired: true,
            choices: quiz.scale.map((point) => ({ value: point.value, text: point.label })),
          },
        ],
      })),
    ],
    calculatedValues: [{ name: 'score', expression: quiz.questions.map(term).join(' + ') }],
    completedHtmlOnCondition: quiz.bands.map((band) => ({
      expression: `{score} >= ${band.min} and {score} <= ${band.max}`,
      html: `<h2 class="band-title">${escape(band.title)}</h2><p>${escape(band.body)}</p>`,
    })),
  };
}

import { TrustQuiz } from '../components/quiz/quiz.js';
import { defineElement } from '../internal/define.js';
// The quiz shows hotlines inline. Importing the banner's define module (evaluated once per page)
// registers <trust-hotline-banner> without a second defineElement call and its "already defined" warning.
import './hotline-banner.js';

defineElement('trust-quiz', TrustQuiz);

export { TrustQuiz };

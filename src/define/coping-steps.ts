import { TrustCopingSteps } from '../components/coping-steps/coping-steps.js';
import { defineElement } from '../internal/define.js';
// The last step of each track shows the hotlines. Importing the banner's define module (rather
// than defining the tag again here) keeps one registration and no "already defined" warning.
import './hotline-banner.js';

defineElement('trust-coping-steps', TrustCopingSteps);

export { TrustCopingSteps };

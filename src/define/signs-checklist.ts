import { TrustSignsChecklist } from '../components/signs-checklist/signs-checklist.js';
import { defineElement } from '../internal/define.js';
// "Need help now?" shows hotlines in place, so the checklist registers the banner too (see quiz.ts).
import './hotline-banner.js';

defineElement('trust-signs-checklist', TrustSignsChecklist);

export { TrustSignsChecklist };

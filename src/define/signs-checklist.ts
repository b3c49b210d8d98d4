import { TrustSignsChecklist } from '../components/signs-checklist/signs-checklist.js';
import { defineElement } from '../internal/define.js';

defineElement('trust-signs-checklist', TrustSignsChecklist);

export { TrustSignsChecklist };

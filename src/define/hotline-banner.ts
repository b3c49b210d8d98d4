import { TrustHotlineBanner } from '../components/hotline-banner/hotline-banner.js';
import { defineElement } from '../internal/define.js';

defineElement('trust-hotline-banner', TrustHotlineBanner);

export { TrustHotlineBanner };

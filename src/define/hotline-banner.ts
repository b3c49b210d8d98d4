// First: Lit's hydration support must be in place before Lit defines its element class.
import '../internal/hydrate-support.js';
import { TrustHotlineBanner } from '../components/hotline-banner/hotline-banner.js';
import { defineElement } from '../internal/define.js';

defineElement('trust-hotline-banner', TrustHotlineBanner);

export { TrustHotlineBanner };

import { TrustCausesExplorer } from '../components/causes-explorer/causes-explorer.js';
import { defineElement } from '../internal/define.js';
// Safety-flagged causes show hotlines. Importing the banner's define module (rather than defining
// the tag again here) keeps one registration and no "already defined" warning.
import './hotline-banner.js';

defineElement('trust-causes-explorer', TrustCausesExplorer);

export { TrustCausesExplorer };

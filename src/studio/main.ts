/** The pack studio page (dist/studio/studio.js), served by `trust-widgets studio`. */
import './studio.css';
import { TrustStudio } from './studio-app.js';

if (!customElements.get('pack-studio')) customElements.define('pack-studio', TrustStudio);

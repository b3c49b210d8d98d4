/** The pack studio page (dist/studio/studio.js), served by `trust-widgets studio`. */
import './studio.css';
import { TrustStudio } from './studio-app.js';
import { PackStudioForm } from './form.js';
import { PackStudioPreview } from './preview.js';

if (!customElements.get('pack-studio-preview')) customElements.define('pack-studio-preview', PackStudioPreview);
if (!customElements.get('pack-studio-form')) customElements.define('pack-studio-form', PackStudioForm);
if (!customElements.get('pack-studio')) customElements.define('pack-studio', TrustStudio);

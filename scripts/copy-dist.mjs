// Copies the build to dist/.copy/, a second, separately located copy of every module, so the tests
// can load trust-widgets twice on one page as a publisher's page might.
import { cp, rm } from 'node:fs/promises';

await rm('dist/.copy', { recursive: true, force: true });
await cp('dist', 'dist-copy-tmp', { recursive: true, filter: (src) => !src.includes('/.copy') });
await cp('dist-copy-tmp', 'dist/.copy', { recursive: true });
await rm('dist-copy-tmp', { recursive: true, force: true });

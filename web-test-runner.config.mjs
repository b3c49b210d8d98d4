import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { chromeArgs, findChrome } from './scripts/chrome-path.mjs';
import { cspHeaders, testRoutes } from './test/server/routes.mjs';
import { mediaFeatures } from './test/hardening/media-features.mjs';
import { jsonModules } from './test/server/json-modules.mjs';

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 1,
  concurrentBrowsers: 1,
  testsFinishTimeout: 600_000,
  browserStartTimeout: 60_000,
  testFramework: { config: { timeout: 20_000 } },
  middleware: [testRoutes, cspHeaders],
  plugins: [
    jsonModules(),
    mediaFeatures(),
    a11ySnapshotPlugin(),
    esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' }),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: findChrome(), headless: true, args: chromeArgs },
    }),
  ],
};

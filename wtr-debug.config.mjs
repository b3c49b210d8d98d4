import base from './web-test-runner.config.mjs';
export default { ...base, testFramework: { config: { timeout: 20000, grep: process.env.GREP } } };
